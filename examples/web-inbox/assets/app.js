// The inbox page: fills the shell from the JSON API and keeps it live with
// server-sent events. No framework, no build step.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const PAGE = 20;
  const state = {
    filter: "all",
    rows: [],
    next: null,
    loading: false,
    openId: null,
    thread: null,
    demo: document.body.dataset.demo === "true",
  };

  // ---- helpers -------------------------------------------------------------
  async function api(method, url, body) {
    const init = { method, headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const res = await fetch(url, init);
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      const err = new Error((data.error && data.error.message) || res.statusText);
      err.status = res.status;
      err.code = data.error && data.error.code;
      throw err;
    }
    return data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  let toastTimer = null;
  function toast(text) {
    const t = $("toast");
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (t.hidden = true), 4000);
  }

  const COLORS = ["#2f6fde", "#8e44ad", "#d35400", "#16a085", "#c0392b", "#2c3e50", "#7f8c8d", "#b7791f"];
  function avatar(customer, cls) {
    const name = customer.name || "";
    const initials = name
      ? name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join("")
      : "#";
    let h = 0;
    for (const ch of customer.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return el("div", { class: cls || "avatar", style: `background:${COLORS[h % COLORS.length]}` }, initials);
  }

  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
  function listTime(iso) {
    const d = new Date(iso);
    const s = (Date.now() - d.getTime()) / 1000;
    if (s < 60) return "now";
    if (s < 3600) return `${Math.floor(s / 60)}m`;
    if (new Date().toDateString() === d.toDateString()) return time(iso);
    if (s < 6 * 86400) return d.toLocaleDateString([], { weekday: "short" });
    return d.toLocaleDateString([], { month: "short", day: "numeric" });
  }
  function dayLabel(d) {
    const today = new Date();
    const yesterday = new Date(Date.now() - 86400000);
    if (d.toDateString() === today.toDateString()) return "Today";
    if (d.toDateString() === yesterday.toDateString()) return "Yesterday";
    return d.toLocaleDateString([], { weekday: "long", month: "long", day: "numeric" });
  }
  const when = (iso) => {
    const d = new Date(iso);
    return `${d.toLocaleDateString([], { weekday: "short", month: "short", day: "numeric" })}, ${time(iso)}`;
  };
  const theirTime = (iso, timeZone) =>
    new Date(iso).toLocaleTimeString([], { hour: "numeric", minute: "2-digit", timeZone });
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const money = (minor, currency) =>
    new Intl.NumberFormat([], { style: "currency", currency }).format(minor / 100);

  function setUnreadTotal(n) {
    const u = $("unread-total");
    u.dataset.count = String(n);
    u.textContent = `${n} unread`;
    document.title = `${n > 0 ? `(${n}) ` : ""}Inbox · ${document.querySelector(".shop-name").textContent}`;
  }

  // ---- thread list ---------------------------------------------------------
  function threadRow(row) {
    const c = row.customer;
    const preview = (row.last_direction === "outbound" ? "You: " : "") + row.preview;
    return el(
      "li",
      {
        class: `thread${row.unread > 0 ? " unread" : ""}${c.id === state.openId ? " open" : ""}`,
        dataset: { id: c.id, unread: String(row.unread) },
        onclick: () => openThread(c.id),
      },
      avatar(c),
      el(
        "div",
        { class: "thread-main" },
        el("div", { class: "thread-top" },
          el("span", { class: "thread-name" }, c.display_name),
          el("span", { class: "thread-time" }, listTime(row.last_message_at))),
        el("div", { class: "thread-bottom" },
          el("span", { class: "thread-preview" }, preview),
          c.subscribed ? null : el("span", { class: "tag-unsub" }, "Unsubscribed"),
          row.unread > 0 ? el("span", { class: "badge" }, String(row.unread)) : null)
      )
    );
  }

  function renderList() {
    const list = $("thread-list");
    list.replaceChildren(...state.rows.map(threadRow));
    const end = $("thread-list-end");
    if (state.next) end.textContent = "Loading more…";
    else end.textContent = state.rows.length ? "That's everything" : "No conversations here";
  }

  async function loadThreads(reset) {
    if (state.loading) return;
    state.loading = true;
    try {
      const params = new URLSearchParams({ filter: state.filter });
      if (reset) {
        params.set("limit", String(Math.min(200, Math.max(PAGE, state.rows.length))));
      } else {
        params.set("limit", String(PAGE));
        if (state.next) params.set("after", state.next);
      }
      const page = await api("GET", `/api/threads?${params}`);
      state.rows = reset ? page.threads : state.rows.concat(page.threads);
      state.next = page.next;
      setUnreadTotal(page.unread_total);
      renderList();
      // A page that does not fill the list leaves its end in view: no scroll will come.
      const end = $("thread-list-end").getBoundingClientRect();
      const list = document.querySelector(".sidebar").getBoundingClientRect();
      if (state.next && end.top < list.bottom) setTimeout(() => loadThreads(false), 0);
    } catch (e) {
      toast(e.message);
    } finally {
      state.loading = false;
    }
  }

  function setFilter(filter) {
    state.filter = filter;
    state.rows = [];
    state.next = null;
    for (const b of $("filters").querySelectorAll("button")) {
      b.classList.toggle("active", b.dataset.filter === filter);
    }
    loadThreads(true);
  }

  // ---- one thread ----------------------------------------------------------
  const LABELS = {
    "automation:abandoned_cart": "Cart reminder",
    "automation:order_update": "Order update",
    "system:opt_out_confirmation": "Auto-reply · opt-out",
    "system:opt_in_confirmation": "Auto-reply · opt-in",
    "system:help": "Auto-reply · help",
  };

  function statusLine(m) {
    switch (m.status) {
      case "planned": {
        // Quiet hours are the customer's: say when it goes out on their clock too.
        const tz = state.thread && state.thread.customer.time_zone;
        const theirs = tz && tz !== browserZone ? ` (${theirTime(m.send_at, tz)} their time)` : "";
        return [
          el("span", { class: "planned" }, `Planned · ${when(m.send_at)}${theirs}`),
          el("button", { type: "button", class: "link-btn cancel-planned", onclick: () => cancelPlanned(m) }, "Cancel"),
        ];
      }
      case "delivered":
        return [el("span", { class: "delivered" }, "Delivered"), time(m.delivered_at || m.created_at)];
      case "sent":
        return ["Sent", time(m.sent_at || m.created_at)];
      case "failed":
      case "undelivered": {
        const f = m.failure || {};
        const why = f.reason ? `: ${f.reason}${f.code ? ` (${f.code})` : ""}` : "";
        return [el("span", { class: "failed" }, `${m.status === "failed" ? "Failed" : "Not delivered"}${why}`)];
      }
      case "cancelled":
        return [`Cancelled · was planned for ${when(m.send_at || m.created_at)}`];
      case "interrupted":
        return [el("span", { class: "failed" }, "Unknown outcome: check before resending")];
      default:
        return [m.status.charAt(0).toUpperCase() + m.status.slice(1), time(m.created_at)];
    }
  }

  function messageRow(m) {
    const out = m.direction === "outbound";
    const label = LABELS[m.origin];
    return el(
      "div",
      { class: `row ${out ? "out" : "in"} ${m.status}`, dataset: { id: m.id, status: m.status } },
      label ? el("div", { class: "label" }, label) : null,
      el("div", { class: "bubble" }, m.body),
      el("div", { class: "meta" }, ...(out ? statusLine(m) : [time(m.created_at)]).map((x) => (x instanceof Node ? x : el("span", {}, x))))
    );
  }

  function renderMessages(keepScroll) {
    const box = $("messages");
    const before = box.scrollHeight - box.scrollTop;
    const t = state.thread;
    const nodes = [];
    if (t.has_older) {
      nodes.push(el("button", { type: "button", class: "older", onclick: loadOlder }, "Load earlier messages"));
    }
    let lastDay = null;
    for (const m of t.messages) {
      const d = new Date(m.status === "planned" || m.status === "cancelled" ? m.send_at || m.created_at : m.created_at);
      const key = d.toDateString();
      if (key !== lastDay) {
        nodes.push(el("div", { class: "day" }, dayLabel(d)));
        lastDay = key;
      }
      nodes.push(messageRow(m));
    }
    box.replaceChildren(...nodes);
    box.scrollTop = keepScroll ? box.scrollHeight - before : box.scrollHeight;
  }

  // Why a customer is unsubscribed, from the consent ledger: what they texted and the
  // rule that read it, the carrier's code, or who did it by hand.
  function evidence(ev) {
    if (!ev) return null;
    const rows = [
      ["They texted", ev.text && `“${ev.text}”`],
      ["Rule", ev.rule],
      ["Carrier code", ev.carrier_code],
      ["By", ev.actor],
    ].filter(([, v]) => v);
    if (!rows.length) return null;
    return el("dl", { class: "evidence", id: "customer-evidence" },
      ...rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  }

  function renderThread(keepScroll) {
    const t = state.thread;
    const c = t.customer;
    $("placeholder").hidden = true;
    for (const id of ["conv-header", "messages", "composer", "customer-card", "orders-card"]) $(id).hidden = false;
    $("conversation").dataset.open = c.id;
    $("conv-avatar").replaceWith(Object.assign(avatar(c), { id: "conv-avatar" }));
    $("conv-name").textContent = c.display_name;
    $("conv-phone").textContent = c.phone;
    const status = $("conv-status");
    status.textContent = c.subscribed ? "Subscribed" : "Unsubscribed";
    status.className = `status-pill ${c.subscription}`;
    $("unsubscribe-btn").disabled = !c.subscribed;
    $("unsubscribe-btn").textContent = c.subscribed ? "Unsubscribe" : "Unsubscribed";

    const box = $("reply-box");
    box.disabled = !c.subscribed;
    $("send-btn").disabled = !c.subscribed;
    box.placeholder = c.subscribed
      ? `Text ${c.name ? c.name.split(" ")[0] : c.phone}…`
      : "Unsubscribed: nothing can be sent until they text START";

    $("customer-name").textContent = c.display_name;
    $("customer-phone").textContent = c.phone;
    const sub = $("customer-subscription");
    sub.className = `subscription ${c.subscription}`;
    const by = { keyword: "by keyword", classifier: "in their own words", merchant: "by the shop", carrier_refusal: "at the carrier", carrier_keyword: "at the carrier", checkout: "at checkout", inbound_text: "by texting the shop" }[c.source] || c.source;
    const why = c.subscribed ? null : evidence(c.evidence);
    sub.replaceChildren(
      el("div", {}, `${c.subscribed ? "Subscribed" : "Unsubscribed"} ${by}, ${when(c.since)}`),
      ...(why ? [why] : [])
    );
    const localTime = $("customer-time");
    localTime.hidden = !c.time_zone;
    localTime.textContent = c.time_zone ? `${theirTime(new Date().toISOString(), c.time_zone)} their time · ${c.time_zone}` : "";

    const orders = $("orders");
    orders.replaceChildren(
      ...(t.orders.length
        ? t.orders.map((o) =>
            el("li", { class: "order" },
              el("span", { class: "order-title" }, o.url ? el("a", { href: o.url, target: "_blank", rel: "noopener" }, o.is_cart ? "Pending cart" : `Order ${o.number || o.id}`) : o.is_cart ? "Pending cart" : `Order ${o.number || o.id}`),
              el("span", { class: "order-total" }, money(o.total_minor, o.currency)),
              el("span", { class: "order-sub" }, `${o.item_count} item${o.item_count === 1 ? "" : "s"} · ${listTime(o.updated_at)}`),
              el("span", { class: `order-status ${o.is_cart ? "cart" : ["paid", "shipped", "delivered", "fulfilled"].includes(o.status) ? "good" : ""}` }, o.is_cart ? "cart" : o.status.replace("_", " "))))
        : [el("li", { class: "muted small" }, "No orders yet")])
    );

    if (state.demo) {
      $("demo-phone").hidden = false;
      $("demo-as").textContent = c.display_name;
    }
    renderMessages(keepScroll);
    updateCounter();
  }

  async function openThread(id) {
    const switching = id !== state.openId;
    state.openId = id;
    for (const li of $("thread-list").children) li.classList.toggle("open", li.dataset.id === id);
    try {
      const t = await api("GET", `/api/threads/${id}`);
      if (state.openId !== id) return;
      state.thread = t;
      renderThread(!switching);
      if (switching) {
        $("demo-result") && ($("demo-result").textContent = "");
        if (!$("reply-box").disabled) $("reply-box").focus();
      }
      if (t.unread > 0) await markRead(id);
    } catch (e) {
      toast(e.message);
    }
  }

  async function markRead(id) {
    const r = await api("POST", `/api/threads/${id}/read`);
    setUnreadTotal(r.unread_total);
    const row = state.rows.find((x) => x.customer.id === id);
    if (row) {
      row.unread = 0;
      if (state.filter === "unread") state.rows = state.rows.filter((x) => x !== row);
      renderList();
    }
  }

  async function loadOlder() {
    const t = state.thread;
    const first = t.messages[0];
    if (!first) return;
    try {
      const r = await api("GET", `/api/threads/${t.customer.id}/messages?before=${first.id}&limit=50`);
      t.messages = r.messages.concat(t.messages);
      t.has_older = r.has_older;
      renderMessages(true);
    } catch (e) {
      toast(e.message);
    }
  }

  async function cancelPlanned(m) {
    if (!confirm("Cancel this planned message? It will not be sent.")) return;
    try {
      await api("POST", `/api/messages/${m.id}/cancel`);
      await openThread(state.openId);
    } catch (e) {
      toast(e.message);
    }
  }

  // ---- composer ------------------------------------------------------------
  function updateCounter() {
    const box = $("reply-box");
    const info = window.SmsSegments.analyze(box.value);
    const cap = window.SmsSegments.capacity(info.encoding, info.segments);
    const counter = $("segment-count");
    counter.dataset.encoding = info.encoding;
    counter.dataset.segments = String(info.segments);
    counter.textContent = `${info.encoding} · ${info.units}/${cap} · ${info.segments} segment${info.segments === 1 ? "" : "s"}`;
    counter.title = info.encoding === "UCS-2"
      ? "Emoji or special characters: each segment holds 70 characters (67 when split)"
      : "Plain GSM-7 text: each segment holds 160 characters (153 when split)";
    box.style.height = "auto";
    box.style.height = `${Math.min(box.scrollHeight + 2, 160)}px`;
  }

  async function send() {
    const box = $("reply-box");
    const body = box.value;
    if (!state.openId || box.disabled || !body.trim()) return;
    const id = state.openId;
    $("send-btn").disabled = true;
    try {
      const r = await api("POST", `/api/threads/${id}/messages`, { body });
      box.value = "";
      updateCounter();
      if (state.openId === id && state.thread) {
        state.thread.messages = state.thread.messages
          .filter((m) => m.id !== r.message.id)
          .concat([r.message])
          .sort((a, b) => new Date(a.send_at || a.created_at) - new Date(b.send_at || b.created_at));
        renderMessages(false);
      }
    } catch (e) {
      toast(e.message);
      if (state.openId === id) await openThread(id);
    } finally {
      $("send-btn").disabled = box.disabled;
    }
  }

  // ---- unsubscribe ---------------------------------------------------------
  function askUnsubscribe() {
    if (!state.thread) return;
    $("confirm-name").textContent = state.thread.customer.display_name;
    $("confirm-unsubscribe").showModal();
  }

  async function unsubscribe() {
    const id = state.openId;
    try {
      await api("POST", `/api/threads/${id}/unsubscribe`);
      await openThread(id);
      await loadThreads(true);
    } catch (e) {
      toast(e.message);
    }
  }

  // ---- demo phone ----------------------------------------------------------
  async function demoText(body) {
    if (!state.openId || !body.trim()) return;
    const result = $("demo-result");
    try {
      const r = await api("POST", "/api/demo/inbound", { customer_id: state.openId, body });
      $("demo-input").value = "";
      const read = { opt_out: "an opt-out", opt_in: "an opt-in", help: "a help request", none: "an ordinary text" }[r.intent];
      result.textContent = `Read as ${read} (${r.rule}). Customer is ${r.customer.subscribed ? "subscribed" : "unsubscribed"}.`;
      // The page itself updates from the event stream, as it would for a real text.
    } catch (e) {
      result.textContent = e.message;
    }
  }

  // ---- live updates --------------------------------------------------------
  let refreshTimer = null;
  const pending = new Set();
  function onEvent(ev) {
    pending.add(ev);
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async () => {
      const events = Array.from(pending);
      pending.clear();
      const open = state.openId;
      const touchesOpen = events.some((e) => e.resync || e.customer_id === open);
      const onlyRead = events.every((e) => e.kind === "read");
      if (open && touchesOpen && !onlyRead) await openThread(open);
      await loadThreads(true);
    }, 120);
  }

  function connectEvents() {
    const source = new EventSource("/api/events");
    source.addEventListener("inbox", (e) => onEvent(JSON.parse(e.data)));
    source.addEventListener("resync", () => onEvent({ resync: true }));
  }

  // ---- wiring --------------------------------------------------------------
  function init() {
    $("filters").addEventListener("click", (e) => {
      const b = e.target.closest("button");
      if (b) setFilter(b.dataset.filter);
    });
    const box = $("reply-box");
    box.addEventListener("input", updateCounter);
    box.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        send();
      }
    });
    $("composer").addEventListener("submit", (e) => {
      e.preventDefault();
      send();
    });
    $("unsubscribe-btn").addEventListener("click", askUnsubscribe);
    $("confirm-unsubscribe").addEventListener("close", () => {
      if ($("confirm-unsubscribe").returnValue === "confirm") unsubscribe();
    });
    if (state.demo) {
      $("demo-form").addEventListener("submit", (e) => {
        e.preventDefault();
        demoText($("demo-input").value);
      });
      for (const chip of document.querySelectorAll(".chip")) {
        chip.addEventListener("click", () => demoText(chip.dataset.text));
      }
    }
    const end = $("thread-list-end");
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && state.next) loadThreads(false);
    }).observe(end);
    connectEvents();
    loadThreads(true);
    setInterval(() => { if (!state.loading) renderList(); }, 60000);
  }

  init();
})();
