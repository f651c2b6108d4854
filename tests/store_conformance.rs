//! The conformance suite against every store: in memory, SQLite (file and in-memory)
//! and PostgreSQL (when `SMS_INBOX_POSTGRES_URL` names a server).

mod common;

use sms_inbox::conformance;

macro_rules! conformance_tests {
    ($backend:ident: $($check:ident),+ $(,)?) => {
        mod $backend {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $check() {
                    let Some(fixture) = crate::common::$backend().await else { return };
                    super::conformance::$check(&fixture.store).await;
                }
            )+
        }
    };
}

macro_rules! every_backend {
    ($($backend:ident),+) => {
        $(
            conformance_tests!($backend:
                shops_route_by_number,
                customers_are_found_or_added_once,
                inbound_routes_by_number,
                concurrent_first_texts_add_one_customer,
                tenancy,
                consent_gate,
                opt_out_is_total,
                consent_changes_only_when_they_change,
                inbound_is_idempotent,
                concurrent_duplicates_are_stored_once,
                unread_counts_are_exact,
                concurrent_receives_lose_no_unread,
                status_only_moves_forward,
                opt_out_races_sends,
                opt_out_by_text_races_sends_and_texts,
                replies_respect_their_repeat_window,
                threads_page_newest_first,
                thread_messages_page_newest_first,
                orders_upsert,
                dispatch_claims_and_releases,
                concurrent_claims_take_each_message_once,
                ledger_reads_filter_and_page,
                stats_count_by_origin,
                opt_out_confirmation_survives_a_retry,
            );
        )+
    };
}

every_backend!(memory, sqlite_file, sqlite_memory, postgres);

/// The whole suite in one go through `Arc<dyn Store>`, as a host would run it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn run_all_on_sqlite() {
    let fixture = common::sqlite_file().await.expect("sqlite");
    conformance::run_all(fixture.store.clone()).await;
}
