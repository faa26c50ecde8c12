// Maitre web chat page. Talks to the REST API (docs/api.md) and listens on /ws/chat for order updates.
// Every customer or bot text goes into the page through textContent only, so it always renders inert.
'use strict';

(() => {
  const API = '/api/v1/chat/sessions';
  const STORE_KEY = 'maitre.chat';
  const MAX_RECONNECT_DELAY_MS = 30000;
  const STATUS_LABELS = {
    PLACED: 'Placed',
    SENT_TO_KITCHEN: 'Sent to the kitchen',
    ACCEPTED: 'Accepted',
    IN_PROGRESS: 'Being prepared',
    READY: 'Ready',
    COMPLETED: 'Completed',
    CANCELLED: 'Cancelled',
    NEEDS_ATTENTION: 'Needs attention'
  };
  const STATUS_STEPS = {
    PLACED: 0, SENT_TO_KITCHEN: 0, ACCEPTED: 1, IN_PROGRESS: 2, READY: 3, COMPLETED: 4
  };

  const byId = (id) => document.getElementById(id);
  const ui = {
    scroller: byId('scroller'),
    conversation: byId('conversation'),
    typing: byId('typing'),
    quickReplies: byId('quick-replies'),
    form: byId('composer'),
    input: byId('message-input'),
    send: byId('send'),
    error: byId('error'),
    notice: byId('notice'),
    escalation: byId('escalation'),
    startOver: byId('start-over'),
    cartCount: byId('cart-count'),
    cartEmpty: byId('cart-empty'),
    cartLines: byId('cart-lines'),
    cartTotals: byId('cart-totals'),
    cartSection: byId('cart'),
    subtotal: byId('cart-subtotal'),
    tax: byId('cart-tax'),
    fee: byId('cart-fee'),
    feeLabel: byId('cart-fee-label'),
    total: byId('cart-total'),
    orderCard: byId('order-card'),
    orderNumber: byId('order-number'),
    orderStatus: byId('order-status'),
    orderProgress: byId('order-progress'),
    orderFulfillment: byId('order-fulfillment'),
    orderLines: byId('order-lines'),
    orderTotal: byId('order-total')
  };

  const state = {
    outlet: new URLSearchParams(location.search).get('outlet') || 'demo',
    sessionId: null,
    token: null,
    busy: false,
    options: [],
    socket: null,
    reconnectDelay: 1000,
    reconnectTimer: null,
    hasOrder: false,
    cartEmpty: true
  };
  const locale = navigator.language || 'en';

  /** A failed API call, carrying the problem detail the server sent (RFC 9457). */
  class ApiError extends Error {
    constructor(status, problem, retryAfter) {
      super((problem && (problem.detail || problem.title)) || 'Request failed');
      this.status = status;
      this.problem = problem || {};
      this.retryAfter = retryAfter;
    }
  }

  async function api(method, path, body, authorized) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (authorized) headers.Authorization = 'Bearer ' + state.token;
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit'
      });
    } catch (networkFailure) {
      throw new ApiError(0, null, null);
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, data, response.headers.get('Retry-After'));
    return data;
  }

  // ---- session storage (survives a reload of this tab only)

  function remember() {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify({
        sessionId: state.sessionId, token: state.token, outlet: state.outlet
      }));
    } catch (storageUnavailable) { /* private mode: the chat still works, it just won't survive a reload */ }
  }

  function recall() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
      return saved && saved.sessionId && saved.token && saved.outlet === state.outlet ? saved : null;
    } catch (storageUnavailable) {
      return null;
    }
  }

  function forget() {
    try { sessionStorage.removeItem(STORE_KEY); } catch (storageUnavailable) { /* nothing stored */ }
    state.sessionId = null;
    state.token = null;
    closeSocket();
  }

  // ---- rendering

  function scrollToEnd() {
    ui.scroller.scrollTop = ui.scroller.scrollHeight;
  }

  function addMessage(from, text) {
    const item = document.createElement('li');
    item.className = 'msg ' + (from === 'customer' ? 'user' : 'bot') + (from === 'staff' ? ' staff' : '');
    item.dataset.testid = from === 'customer' ? 'user-message' : 'bot-message';
    if (from === 'staff') {
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = 'Staff';
      item.append(who);
    }
    const body = document.createElement('p');
    body.className = 'text';
    body.textContent = text == null ? '' : String(text);
    item.append(body);
    ui.conversation.append(item);
    scrollToEnd();
    return item;
  }

  function showQuickReplies(options) {
    state.options = Array.isArray(options) ? options : [];
    ui.quickReplies.replaceChildren(...state.options.map((option) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'quick-reply';
      button.dataset.testid = 'quick-reply';
      button.textContent = option;
      button.disabled = state.busy;
      button.addEventListener('click', () => send(option));
      return button;
    }));
  }

  function money(amount, currency) {
    if (amount == null || amount === '') return '';
    if (!currency) return String(amount);
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
    } catch (unknownCurrency) {
      return amount + ' ' + currency;
    }
  }

  function optionLabel(option) {
    const name = option.name || option.id || '';
    switch (option.qualifier) {
      case 'none': return (option.group === 'style' ? 'not ' : 'no ') + name.toLowerCase();
      case 'extra': return 'extra ' + name.toLowerCase();
      case 'light': return 'light ' + name.toLowerCase();
      default: return name;
    }
  }

  function renderLines(list, lines, currency) {
    list.replaceChildren(...lines.map((line) => {
      const item = document.createElement('li');
      item.className = 'line';
      item.dataset.lineId = line.lineId || '';
      item.dataset.itemId = line.itemId || '';

      const head = document.createElement('div');
      head.className = 'line-head';
      const quantity = document.createElement('span');
      quantity.className = 'line-qty';
      quantity.textContent = line.quantity + '×';
      const name = document.createElement('span');
      name.className = 'line-name';
      name.textContent = line.name || line.itemId || '';
      const total = document.createElement('span');
      total.className = 'line-total';
      total.textContent = money(line.lineTotal, currency);
      head.append(quantity, name, total);
      item.append(head);

      const options = Array.isArray(line.options) ? line.options : [];
      if (options.length) {
        const chips = document.createElement('ul');
        chips.className = 'line-options';
        chips.append(...options.map((option) => {
          const chip = document.createElement('li');
          chip.className = 'chip' + (option.qualifier ? ' ' + option.qualifier : '');
          chip.textContent = optionLabel(option);
          return chip;
        }));
        item.append(chips);
      }
      if (line.quantity > 1 && line.unitPrice) {
        const each = document.createElement('p');
        each.className = 'line-each';
        each.textContent = money(line.unitPrice, currency) + ' each';
        item.append(each);
      }
      if (line.note) {
        const note = document.createElement('p');
        note.className = 'line-note';
        note.textContent = 'Note: ' + line.note;
        item.append(note);
      }
      return item;
    }));
  }

  function renderCart(cart) {
    const lines = cart && Array.isArray(cart.lines) ? cart.lines : [];
    const currency = cart ? cart.currency : null;
    state.cartEmpty = lines.length === 0;
    renderLines(ui.cartLines, lines, currency);
    const count = lines.reduce((sum, line) => sum + (Number(line.quantity) || 0), 0);
    ui.cartCount.textContent = count ? '(' + count + (count === 1 ? ' item)' : ' items)') : '';
    ui.cartEmpty.hidden = !state.cartEmpty;
    ui.cartTotals.hidden = state.cartEmpty;
    ui.subtotal.textContent = money(cart && cart.subtotal, currency);
    const fee = cart && cart.deliveryFee;
    const charged = Boolean(fee) && Number(fee) !== 0;
    ui.feeLabel.hidden = !charged;
    ui.fee.hidden = !charged;
    ui.fee.textContent = charged ? money(fee, currency) : '';
    ui.tax.textContent = money(cart && cart.tax, currency);
    ui.total.textContent = money(cart && cart.total, currency);
    ui.cartSection.hidden = state.cartEmpty && state.hasOrder;
  }

  function renderOrder(order) {
    state.hasOrder = Boolean(order);
    ui.orderCard.hidden = !order;
    ui.cartSection.hidden = state.cartEmpty && state.hasOrder;
    if (!order) return;
    ui.orderNumber.textContent = order.number || '';
    ui.orderStatus.textContent = STATUS_LABELS[order.status] || order.status || '';
    ui.orderStatus.dataset.status = order.status || '';
    ui.orderCard.dataset.status = order.status || '';
    const step = STATUS_STEPS[order.status];
    ui.orderProgress.hidden = step === undefined;
    for (const item of ui.orderProgress.children) {
      const index = Number(item.dataset.step);
      item.classList.toggle('done', step !== undefined && index < step);
      item.classList.toggle('current', index === step);
      if (index === step) item.setAttribute('aria-current', 'step'); else item.removeAttribute('aria-current');
    }
    ui.orderFulfillment.textContent = describeFulfillment(order.fulfillment);
    renderLines(ui.orderLines, Array.isArray(order.lines) ? order.lines : [], order.currency);
    ui.orderTotal.textContent = money(order.total, order.currency);
  }

  function describeFulfillment(fulfillment) {
    if (!fulfillment) return '';
    const mode = fulfillment.mode === 'delivery' ? 'Delivery' : 'Pickup';
    let when = 'as soon as possible';
    if (fulfillment.time) {
      const local = outletClock(fulfillment.time);
      when = local ? 'at ' + local : fulfillment.time;
    }
    const where = fulfillment.mode === 'delivery' && fulfillment.address ? ' to ' + fulfillment.address : '';
    return mode + where + ', ' + when;
  }

  // The server writes times with the outlet's offset ("2026-12-07T19:00-05:00"), so their wall-clock part is the
  // outlet's local time. Shown as written: the browser's own zone must not move it.
  function outletClock(iso) {
    const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(iso));
    if (!parts) return null;
    const wall = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]),
      Number(parts[4]), Number(parts[5])));
    return wall.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  }

  function renderTurn(turn) {
    const messages = Array.isArray(turn.messages) ? turn.messages : [];
    messages.forEach((message) => addMessage('bot', message.text));
    const last = messages[messages.length - 1];
    showQuickReplies(last ? last.options : []);
    renderCart(turn.cart);
    renderOrder(turn.order);
    ui.escalation.hidden = !turn.escalated;
  }

  function clearConversation() {
    ui.conversation.replaceChildren();
    showQuickReplies([]);
    renderCart(null);
    renderOrder(null);
    ui.escalation.hidden = true;
    hideError();
    ui.notice.hidden = true;
  }

  function setBusy(busy) {
    state.busy = busy;
    const usable = !busy && Boolean(state.sessionId);
    ui.input.disabled = !usable;
    ui.send.disabled = !usable;
    ui.typing.hidden = !busy || !state.sessionId;
    ui.form.setAttribute('aria-busy', String(busy));
    for (const button of ui.quickReplies.querySelectorAll('button')) button.disabled = !usable;
    if (busy) scrollToEnd();
  }

  function describe(error) {
    if (!(error instanceof ApiError) || error.status === 0) {
      return 'We couldn’t reach the restaurant. Check your connection and try again.';
    }
    if (error.status === 429) {
      const seconds = Number(error.retryAfter);
      return 'You’re sending messages a little too quickly. Please wait '
        + (seconds > 0 ? seconds + (seconds === 1 ? ' second' : ' seconds') : 'a moment') + ' and try again.';
    }
    if (error.status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
    return error.problem.detail || error.problem.title || 'That didn’t work. Please try again.';
  }

  function showError(error) {
    ui.error.textContent = describe(error);
    ui.error.hidden = false;
  }

  function hideError() {
    ui.error.hidden = true;
    ui.error.textContent = '';
  }

  function showNotice(text) {
    ui.notice.textContent = text;
    ui.notice.hidden = false;
  }

  // ---- conversation

  async function openSession() {
    forget();
    clearConversation();
    setBusy(true);
    try {
      const created = await api('POST', API, { outletId: state.outlet, locale });
      state.sessionId = created.sessionId;
      state.token = created.token;
      remember();
      renderTurn({ messages: created.messages, cart: null, order: null, escalated: false });
      connectSocket();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        showError(new ApiError(404, { detail: 'We couldn’t find that restaurant. Check the link and try again.' }));
      } else {
        showError(error);
      }
    } finally {
      setBusy(false);
      ui.input.focus();
    }
  }

  async function resume(saved) {
    state.sessionId = saved.sessionId;
    state.token = saved.token;
    setBusy(true);
    try {
      const conversation = await api('GET', API + '/' + encodeURIComponent(saved.sessionId), undefined, true);
      const entries = Array.isArray(conversation.messages) ? conversation.messages : [];
      entries.forEach((entry) => addMessage(entry.from, entry.text));
      const last = entries[entries.length - 1];
      showQuickReplies(last && last.from !== 'customer' ? last.options : []);
      renderCart(conversation.cart);
      renderOrder(conversation.order);
      ui.escalation.hidden = !conversation.escalated;
      connectSocket();
      setBusy(false);
      ui.input.focus();
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
        await openSession();
      } else {
        showError(error);
      }
    }
  }

  async function send(text) {
    if (state.busy || !state.sessionId || !text || !text.trim()) return;
    hideError();
    ui.notice.hidden = true;
    const previousOptions = state.options;
    const bubble = addMessage('customer', text);
    ui.input.value = '';
    showQuickReplies([]);
    setBusy(true);
    try {
      const turn = await api('POST', API + '/' + encodeURIComponent(state.sessionId) + '/messages', { text }, true);
      renderTurn(turn);
    } catch (error) {
      bubble.classList.add('failed');
      const status = document.createElement('span');
      status.className = 'status';
      status.textContent = 'Not sent';
      bubble.append(status);
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
        await openSession();
        showNotice('Your previous chat had expired, so we started a new one. Please send your message again.');
      } else {
        showQuickReplies(previousOptions);
        showError(error);
      }
      ui.input.value = text;
    } finally {
      setBusy(false);
      ui.input.focus();
    }
  }

  // ---- live order updates

  function closeSocket() {
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    const socket = state.socket;
    state.socket = null;
    delete document.body.dataset.socket;
    if (socket) socket.close();
  }

  function connectSocket() {
    closeSocket();
    if (!('WebSocket' in window) || !state.sessionId) return;
    const sessionId = state.sessionId;
    const token = state.token;
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/chat');
    let refused = false;
    state.socket = socket;
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify({ type: 'hello', sessionId, token }));
    });
    socket.addEventListener('message', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch (notJson) { return; }
      if (frame.type === 'attached') {
        state.reconnectDelay = 1000;
        document.body.dataset.socket = 'attached';
      } else if (frame.type === 'order') {
        renderOrder(frame.order);
        if (frame.message && frame.message.text) addMessage('bot', frame.message.text);
        ui.escalation.hidden = !frame.escalated;
      } else if (frame.type === 'said') {
        if (frame.message && frame.message.text) addMessage(frame.from === 'staff' ? 'staff' : 'bot', frame.message.text);
        showQuickReplies(frame.message && Array.isArray(frame.message.options) ? frame.message.options : []);
        ui.escalation.hidden = !frame.escalated;
      } else if (frame.type === 'error' && (frame.status === 401 || frame.status === 404)) {
        refused = true;
        socket.close();
      }
    });
    socket.addEventListener('close', () => {
      if (state.socket !== socket) return;
      delete document.body.dataset.socket;
      if (refused || state.sessionId !== sessionId) return;
      state.reconnectTimer = setTimeout(connectSocket, state.reconnectDelay);
      state.reconnectDelay = Math.min(state.reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
    });
  }

  // ---- wiring

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(ui.input.value);
  });
  ui.startOver.addEventListener('click', (event) => {
    event.preventDefault();
    if (!state.busy) openSession();
  });

  const saved = recall();
  if (saved) resume(saved); else openSession();
})();
