//! Automations: abandoned-cart reminders and order updates, planned from order events.
//!
//! [`Inbox::record_order`](crate::Inbox::record_order) hands each order change to
//! [`plan`], which decides what to schedule and what to cancel; the planned messages
//! appear in the customer's thread at their planned time and go out through
//! [`Inbox::dispatch_due`](crate::Inbox::dispatch_due).

use std::fmt;

use chrono::{DateTime, Duration, Utc};

use crate::error::{Error, Result};
use crate::model::{
    AutomationKind, Customer, Direction, Message, MessageStatus, Order, OrderStatus, Origin, Shop,
};
use crate::policy::SendPolicy;

/// The placeholders a template may use.
const FIELDS: &[&str] = &[
    "first_name",
    "shop_name",
    "cart_url",
    "order_url",
    "order_number",
    "order_status",
    "order_total",
    "item_count",
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Field(&'static str),
}

/// A message text with placeholders such as `{first_name}`, checked when it is made.
///
/// Placeholders: `{first_name}` (or "there"), `{shop_name}`, `{cart_url}` and
/// `{order_url}` (the order's link), `{order_number}`, `{order_status}`,
/// `{order_total}` (e.g. "42.00 USD"), `{item_count}`. Write `{{` and `}}` for braces.
///
/// ```
/// use sms_inbox::automation::Template;
///
/// assert!(Template::parse("Hi {first_name}, your cart: {cart_url}").is_ok());
/// let err = Template::parse("Hi {frist_name}").unwrap_err();
/// assert!(err.to_string().contains("unknown placeholder {frist_name}"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Template {
    source: String,
    parts: Vec<Part>,
}

impl fmt::Debug for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Template").field(&self.source).finish()
    }
}

impl Template {
    /// Parses a template; an unknown placeholder or a stray brace is an error that says
    /// which.
    pub fn parse(source: &str) -> Result<Self> {
        let bad = |reason: String| Error::Invalid {
            field: "template",
            reason,
        };
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut chars = source.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                    if !closed {
                        return Err(bad(format!(
                            "a '{{' without its '}}' after {{{name} (write '{{{{' for a brace)"
                        )));
                    }
                    let field = FIELDS.iter().find(|f| **f == name).ok_or_else(|| {
                        bad(format!(
                            "unknown placeholder {{{name}}}; known: {}",
                            FIELDS.join(", ")
                        ))
                    })?;
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(Part::Field(field));
                }
                '}' => return Err(bad("a '}' without its '{' (write '}}' for a brace)".into())),
                c => text.push(c),
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        if source.trim().is_empty() {
            return Err(bad("it is empty".into()));
        }
        Ok(Self {
            source: source.to_owned(),
            parts,
        })
    }

    /// The template as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The text for this shop, customer and order.
    pub fn render(&self, shop: &Shop, customer: &Customer, order: &Order) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Field(name) => out.push_str(&field_value(name, shop, customer, order)),
            }
        }
        out
    }
}

fn field_value(name: &str, shop: &Shop, customer: &Customer, order: &Order) -> String {
    match name {
        "first_name" => customer
            .name
            .as_deref()
            .and_then(|n| n.split_whitespace().next())
            .unwrap_or("there")
            .to_owned(),
        "shop_name" => shop.name.clone(),
        "cart_url" | "order_url" => order.url.clone().unwrap_or_default(),
        "order_number" => order.number.clone().unwrap_or_else(|| order.id.to_string()),
        "order_status" => order.status.as_str().replace('_', " "),
        "order_total" => format!(
            "{}.{:02} {}",
            order.total_minor / 100,
            (order.total_minor % 100).abs(),
            order.currency
        ),
        "item_count" => order.item_count.to_string(),
        _ => String::new(),
    }
}

/// One abandoned-cart reminder: how long after the cart it goes, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CartReminder {
    /// Time from the cart's creation to the reminder.
    pub delay: Duration,
    /// The text.
    pub template: Template,
}

/// The hours within which carriers accept abandoned-cart messages for one cart.
const CART_WINDOW_HOURS: i64 = 48;

/// What a shop's automations send, and when they may.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutomationSettings {
    cart_reminders: Vec<CartReminder>,
    order_updates: Vec<(OrderStatus, Template)>,
    /// When automated texts may go out (quiet hours, caps).
    pub policy: SendPolicy,
}

impl Default for AutomationSettings {
    fn default() -> Self {
        let t =
            |s: &str| Template::parse(s).unwrap_or_else(|e| unreachable!("built-in template: {e}"));
        Self {
            cart_reminders: vec![CartReminder {
                delay: Duration::hours(1),
                template: t(
                    "{shop_name}: Hi {first_name}, you left {item_count} item(s) in your cart. \
                     Finish your order: {cart_url} Reply STOP to opt out.",
                ),
            }],
            order_updates: vec![
                (
                    OrderStatus::Placed,
                    t("{shop_name}: Thanks {first_name}! Order {order_number} is confirmed."),
                ),
                (
                    OrderStatus::Shipped,
                    t("{shop_name}: Order {order_number} has shipped. Track it: {order_url}"),
                ),
                (
                    OrderStatus::Delivered,
                    t("{shop_name}: Order {order_number} was delivered. Enjoy!"),
                ),
                (
                    OrderStatus::Cancelled,
                    t("{shop_name}: Order {order_number} was cancelled."),
                ),
                (
                    OrderStatus::Refunded,
                    t("{shop_name}: Your refund for order {order_number} is on its way."),
                ),
            ],
            policy: SendPolicy::federal(),
        }
    }
}

impl AutomationSettings {
    /// Sets the cart reminder sequence. Carriers allow one abandoned-cart message per
    /// cart within 48 hours of it, so more than one step, or a step later than 48 hours,
    /// is refused unless `beyond_carrier_limits` says the shop has chosen it.
    pub fn with_cart_reminders(
        mut self,
        steps: Vec<CartReminder>,
        beyond_carrier_limits: bool,
    ) -> Result<Self> {
        if steps.iter().any(|s| s.delay < Duration::zero()) {
            return Err(Error::Invalid {
                field: "cart reminders",
                reason: "a reminder cannot come before the cart".into(),
            });
        }
        if !beyond_carrier_limits {
            if steps.len() > 1 {
                return Err(Error::Invalid {
                    field: "cart reminders",
                    reason: format!(
                        "{} reminders per cart; carriers allow one within 48 hours: \
                         opt in to more explicitly",
                        steps.len()
                    ),
                });
            }
            if steps
                .iter()
                .any(|s| s.delay > Duration::hours(CART_WINDOW_HOURS))
            {
                return Err(Error::Invalid {
                    field: "cart reminders",
                    reason: "a reminder later than 48 hours after the cart: opt in explicitly"
                        .into(),
                });
            }
        }
        let mut steps = steps;
        steps.sort_by_key(|s| s.delay);
        self.cart_reminders = steps;
        Ok(self)
    }

    /// Sets which order statuses send an update, and with which text. Statuses left out
    /// send nothing.
    pub fn with_order_updates(mut self, updates: Vec<(OrderStatus, Template)>) -> Self {
        self.order_updates = updates;
        self
    }

    /// Sets the sending policy.
    pub fn with_policy(mut self, policy: SendPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The cart reminder sequence, earliest first.
    pub fn cart_reminders(&self) -> &[CartReminder] {
        &self.cart_reminders
    }

    /// The order statuses that send an update, with their texts.
    pub fn order_updates(&self) -> &[(OrderStatus, Template)] {
        &self.order_updates
    }
}

/// What an order change calls for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Messages to schedule (status planned, with their send times).
    pub schedule: Vec<Message>,
    /// Whether the cart's pending reminders must be cancelled (it converted or went away).
    pub cancel_cart_reminders: bool,
}

/// Decides what an order change schedules and cancels. `previous` is the order as it
/// was before this change (none for a new order). Nothing is planned for a change that
/// is not one (the same status recorded again). Send times fall inside the policy's
/// hours in the customer's zone (the shop's when theirs is unknown); the dispatcher
/// checks again, with the cap, when they come due.
pub fn plan(
    settings: &AutomationSettings,
    shop: &Shop,
    customer: &Customer,
    previous: Option<&Order>,
    order: &Order,
    now: DateTime<Utc>,
) -> Plan {
    let mut plan = Plan::default();
    let was = previous.map(|p| p.status);
    if was == Some(order.status) {
        return plan;
    }
    let tz = customer.time_zone.unwrap_or(shop.time_zone);
    let planned = |kind: AutomationKind, body: String, at: DateTime<Utc>| {
        let mut m = Message::new(
            shop.id,
            customer.id,
            Direction::Outbound,
            Origin::Automation(kind),
            MessageStatus::Planned,
            body,
            now,
        );
        m.send_at = Some(settings.policy.next_allowed(at, tz).unwrap_or(at));
        m.order_id = Some(order.id.clone());
        m
    };
    if was == Some(OrderStatus::CartPending) {
        plan.cancel_cart_reminders = true;
    }
    if order.status == OrderStatus::CartPending {
        for step in &settings.cart_reminders {
            let at = order.created_at + step.delay;
            let stale = at < now - Duration::hours(CART_WINDOW_HOURS);
            if !stale {
                let body = step.template.render(shop, customer, order);
                plan.schedule
                    .push(planned(AutomationKind::AbandonedCart, body, at.max(now)));
            }
        }
    } else if let Some((_, template)) = settings
        .order_updates
        .iter()
        .find(|(s, _)| *s == order.status)
    {
        let body = template.render(shop, customer, order);
        plan.schedule
            .push(planned(AutomationKind::OrderUpdate, body, now));
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ConsentSource, CustomerId, OrderId, Subscription};
    use crate::phone::PhoneNumber;
    use chrono::TimeZone;

    fn fixtures() -> (Shop, Customer, Order, DateTime<Utc>) {
        let now = Utc.with_ymd_and_hms(2026, 6, 10, 16, 0, 0).unwrap();
        let shop = Shop::new("Acme", vec![], chrono_tz::America::New_York);
        let customer = Customer {
            id: CustomerId::new(),
            shop_id: shop.id,
            phone: PhoneNumber::parse_international("+14155552671").unwrap(),
            name: Some("Dana Smith".into()),
            time_zone: Some(chrono_tz::America::Los_Angeles),
            subscription: Subscription::Subscribed {
                since: now,
                source: ConsentSource::Checkout,
            },
            created_at: now,
        };
        let order = Order {
            id: OrderId::from("c-1"),
            shop_id: shop.id,
            customer_id: customer.id,
            number: None,
            status: OrderStatus::CartPending,
            total_minor: 4_250,
            currency: "USD".into(),
            item_count: 3,
            url: Some("https://acme.test/c/1".into()),
            created_at: now,
            updated_at: now,
        };
        (shop, customer, order, now)
    }

    #[test]
    fn templates_check_placeholders_when_made() {
        for bad in ["Hi {name}", "{shop_name", "oops }", "   "] {
            assert!(Template::parse(bad).is_err(), "{bad}");
        }
        let t = Template::parse("{{literal}} {shop_name}: {order_total}").unwrap();
        let (shop, customer, order, _) = fixtures();
        assert_eq!(
            t.render(&shop, &customer, &order),
            "{literal} Acme: 42.50 USD"
        );
        let t = Template::parse("Hi {first_name}").unwrap();
        let mut anonymous = customer.clone();
        anonymous.name = None;
        assert_eq!(t.render(&shop, &anonymous, &order), "Hi there");
        assert_eq!(t.render(&shop, &customer, &order), "Hi Dana");
    }

    #[test]
    fn a_new_cart_gets_one_reminder_an_hour_later_in_allowed_hours() {
        let (shop, customer, order, now) = fixtures();
        let plan = plan(
            &AutomationSettings::default(),
            &shop,
            &customer,
            None,
            &order,
            now,
        );
        assert!(!plan.cancel_cart_reminders);
        assert_eq!(plan.schedule.len(), 1);
        let m = &plan.schedule[0];
        // 17:00 UTC is 10:00 in Los Angeles: allowed.
        assert_eq!(m.send_at, Some(now + Duration::hours(1)));
        assert_eq!(m.status, MessageStatus::Planned);
        assert_eq!(m.origin, Origin::Automation(AutomationKind::AbandonedCart));
        assert!(m.body.contains("Hi Dana, you left 3 item(s)"), "{}", m.body);
        assert!(m.body.contains("https://acme.test/c/1"));
        // A cart at 04:00 UTC (21:00 in Los Angeles) waits for 08:00 there.
        let mut late = order.clone();
        late.created_at = Utc.with_ymd_and_hms(2026, 6, 10, 4, 0, 0).unwrap();
        let plan = super::plan(
            &AutomationSettings::default(),
            &shop,
            &customer,
            None,
            &late,
            late.created_at,
        );
        assert_eq!(
            plan.schedule[0].send_at,
            Some(Utc.with_ymd_and_hms(2026, 6, 10, 15, 0, 0).unwrap())
        );
    }

    #[test]
    fn conversion_cancels_reminders_and_sends_the_update() {
        let (shop, customer, cart, now) = fixtures();
        let mut placed = cart.clone();
        placed.status = OrderStatus::Placed;
        placed.number = Some("#1001".into());
        let plan = plan(
            &AutomationSettings::default(),
            &shop,
            &customer,
            Some(&cart),
            &placed,
            now,
        );
        assert!(plan.cancel_cart_reminders);
        assert_eq!(plan.schedule.len(), 1);
        assert_eq!(
            plan.schedule[0].origin,
            Origin::Automation(AutomationKind::OrderUpdate)
        );
        assert!(plan.schedule[0].body.contains("Order #1001 is confirmed"));
        let again = super::plan(
            &AutomationSettings::default(),
            &shop,
            &customer,
            Some(&placed),
            &placed,
            now,
        );
        assert_eq!(
            again,
            Plan::default(),
            "the same status twice plans nothing"
        );
    }

    #[test]
    fn only_enabled_updates_are_sent_and_stale_carts_are_left_alone() {
        let (shop, customer, cart, now) = fixtures();
        let settings = AutomationSettings::default().with_order_updates(vec![(
            OrderStatus::Shipped,
            Template::parse("shipped {order_number}").unwrap(),
        )]);
        let mut paid = cart.clone();
        paid.status = OrderStatus::Paid;
        assert!(
            plan(&settings, &shop, &customer, None, &paid, now)
                .schedule
                .is_empty()
        );
        let mut shipped = cart.clone();
        shipped.status = OrderStatus::Shipped;
        let p = plan(&settings, &shop, &customer, Some(&paid), &shipped, now);
        assert_eq!(p.schedule[0].body, "shipped c-1");
        let mut stale = cart.clone();
        stale.created_at = now - Duration::hours(72);
        assert!(
            plan(&settings, &shop, &customer, None, &stale, now)
                .schedule
                .is_empty()
        );
    }

    #[test]
    fn more_cart_steps_must_be_chosen_explicitly() {
        let step = |h| CartReminder {
            delay: Duration::hours(h),
            template: Template::parse("{cart_url}").unwrap(),
        };
        let base = AutomationSettings::default();
        let err = base
            .clone()
            .with_cart_reminders(vec![step(1), step(24)], false)
            .unwrap_err();
        assert!(err.to_string().contains("carriers allow one"), "{err}");
        assert!(
            base.clone()
                .with_cart_reminders(vec![step(72)], false)
                .is_err()
        );
        let two = base
            .clone()
            .with_cart_reminders(vec![step(24), step(1)], true)
            .unwrap();
        assert_eq!(two.cart_reminders()[0].delay, Duration::hours(1), "sorted");
        assert!(base.with_cart_reminders(vec![step(-1)], true).is_err());
    }
}
