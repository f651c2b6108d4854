//! The consent ledger and reporting: opt-ins with evidence, the merchant's review of
//! classifier-decided opt-outs, the compliance export, and statistics.

use std::io::Write;

use chrono::{DateTime, Utc};

use crate::error::{Error, Result};
use crate::inbox::Inbox;
use crate::model::{
    ConsentChange, ConsentEvent, ConsentEventId, ConsentSource, Customer, CustomerId, Evidence,
    ShopId,
};
use crate::storage::{ConsentQuery, Stats};

/// Ledger events read per store call while exporting.
const EXPORT_PAGE: usize = 500;

impl Inbox {
    /// Records a new opt-in the customer gave outside the texts, such as a checkbox at
    /// checkout. The evidence must say what it was (`text`) and who recorded it
    /// (`actor`): a merchant cannot simply re-subscribe a customer who opted out.
    pub async fn record_opt_in(
        &self,
        shop: ShopId,
        customer: CustomerId,
        evidence: Evidence,
    ) -> Result<Customer> {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        if blank(&evidence.text) || blank(&evidence.actor) {
            return Err(Error::Invalid {
                field: "opt-in evidence",
                reason: "say what the customer did (text) and who recorded it (actor)".into(),
            });
        }
        let event = ConsentEvent::new(
            shop,
            customer,
            ConsentChange::Subscribed,
            ConsentSource::Checkout,
            evidence,
            self.clock.now(),
        );
        Ok(self.store.record_consent(shop, &event).await?.customer)
    }

    /// Opt-outs decided by the classifier rather than an exact keyword, oldest first,
    /// with the rule and the text, so the merchant sees why. Page with the last id seen.
    pub async fn classifier_opt_outs(
        &self,
        shop: ShopId,
        after: Option<ConsentEventId>,
        limit: usize,
    ) -> Result<Vec<ConsentEvent>> {
        let query = ConsentQuery {
            source: Some(ConsentSource::Classifier),
            change: Some(ConsentChange::Unsubscribed),
            after,
            limit: limit.min(1000),
        };
        self.store.consent_events(shop, &query).await
    }

    /// Writes the shop's whole consent ledger to `out` as JSON lines, oldest first, for a
    /// compliance audit; returns how many events it wrote.
    pub async fn export_consent(&self, shop: ShopId, out: &mut (dyn Write + Send)) -> Result<u64> {
        let io = |e: std::io::Error| Error::Store {
            operation: "write the consent export",
            retryable: false,
            source: e.into(),
        };
        let mut written = 0;
        let mut after = None;
        loop {
            let query = ConsentQuery {
                after,
                limit: EXPORT_PAGE,
                ..ConsentQuery::default()
            };
            let page = self.store.consent_events(shop, &query).await?;
            let Some(last) = page.last() else { break };
            after = Some(last.id);
            for event in &page {
                serde_json::to_writer(&mut *out, event).map_err(|e| io(e.into()))?;
                out.write_all(b"\n").map_err(io)?;
                written += 1;
            }
        }
        out.flush().map_err(io)?;
        Ok(written)
    }

    /// What the shop's texting did between `from` and `to`: sent, delivered and failed
    /// per automation and for manual replies, replies, opt-outs and the opt-out rate.
    pub async fn stats(
        &self,
        shop: ShopId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Stats> {
        if from >= to {
            return Err(Error::Invalid {
                field: "time window",
                reason: "it must start before it ends".into(),
            });
        }
        self.store.stats(shop, from, to).await
    }
}
