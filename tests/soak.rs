//! The soak (`examples/soak.rs`) at test size: four instances on one store, thousands of
//! texts with opt-outs, duplicates, replies, orders, out-of-order callbacks and a
//! failing carrier, every correctness figure 0. On SQLite always; on PostgreSQL when
//! `SMS_INBOX_POSTGRES_URL` is set (and required when `SMS_INBOX_REQUIRE_POSTGRES` is).

mod common;

#[path = "../examples/soak.rs"]
#[allow(dead_code)]
mod soak;

use soak::{Config, StoreKind};

/// Small enough for a debug build on two cores: 5,000 texts (2,000 on PostgreSQL, whose
/// round trips dominate a debug build) from 1,000 customers of 20 shops, with the full
/// run's rates.
fn small(store: StoreKind) -> Config {
    let messages = match (&store, cfg!(debug_assertions)) {
        (StoreKind::Postgres(_), true) => 2_000,
        _ => 5_000,
    };
    let mut config = Config::new(store, messages);
    config.customers = 1_000;
    config.workers = 8;
    config
}

async fn soak_passes(config: Config) {
    let report = soak::run(config).await.expect("the soak runs");
    println!("{report}");
    assert!(
        report.passed(),
        "a correctness figure is not 0: see the report above"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_instances_on_one_sqlite_file_keep_every_invariant() {
    let dir = tempfile::tempdir().unwrap();
    soak_passes(small(StoreKind::Sqlite(dir.path().join("soak.db")))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_instances_on_one_postgres_keep_every_invariant() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    soak_passes(small(StoreKind::Postgres(url))).await;
}
