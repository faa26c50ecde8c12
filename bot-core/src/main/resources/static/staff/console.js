// Maitre staff console. Everything customers wrote is shown with textContent only, never as HTML.
(() => {
  'use strict';

  const TITLE = 'Maitre staff';
  const byId = (id) => document.getElementById(id);
  const ui = {
    me: byId('me'), alert: byId('alert'), socketState: byId('socket-state'), logoutCsrf: byId('logout-csrf'),
    list: byId('conversations'), empty: byId('no-conversations'), pick: byId('pick'), detail: byId('detail'),
    title: byId('detail-title'), meta: byId('detail-meta'), problem: byId('problem'),
    takeOver: byId('take-over'), handBack: byId('hand-back'), close: byId('close'),
    transcript: byId('transcript'), cart: byId('cart'), canned: byId('canned'),
    replyForm: byId('reply-form'), reply: byId('reply'), notes: byId('notes'), noteForm: byId('note-form'),
    note: byId('note'), addLineForm: byId('add-line-form'), addItem: byId('add-item'),
    addQuantity: byId('add-quantity'), addOptions: byId('add-options'), placeForm: byId('place-form'),
    placeMode: byId('place-mode'), placeName: byId('place-name'), placePhone: byId('place-phone'),
    placeAddress: byId('place-address'), orders: byId('orders'), noOrders: byId('no-orders'),
    stockOutlet: byId('stock-outlet'), items: byId('items'), usersSection: byId('users-section'),
    users: byId('users'), userForm: byId('user-form'), userName: byId('user-name'),
    userPassword: byId('user-password'), userRole: byId('user-role'), userOutlets: byId('user-outlets')
  };
  const state = { me: null, selected: null, handOffs: new Set(), unseen: 0, socket: null, reconnect: 1000 };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET' && state.me) headers[state.me.csrfHeader] = state.me.csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (response.status === 401) {
      location.assign('/login');
      throw new Error('Your session has expired; sign in again.');
    }
    const data = response.headers.get('Content-Type') && response.headers.get('Content-Type').includes('json')
      ? await response.json() : null;
    if (!response.ok) throw new Error((data && data.detail) || ('The server answered ' + response.status + '.'));
    return data;
  }

  function showProblem(error) {
    ui.problem.textContent = error.message;
    ui.problem.hidden = false;
  }

  function alertHandOff(reason) {
    state.unseen += 1;
    document.title = '(' + state.unseen + ') New hand-off — ' + TITLE;
    ui.alert.textContent = 'New hand-off: ' + (reason || 'the bot needs help');
    ui.alert.hidden = false;
    document.body.dataset.alerts = String(state.unseen);
    beep();
  }

  function clearAlert() {
    state.unseen = 0;
    document.title = TITLE;
    ui.alert.hidden = true;
  }

  function beep() {
    try {
      const Context = window.AudioContext || window.webkitAudioContext;
      const audio = new Context();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.15;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.35);
    } catch (blocked) {
      // a browser may refuse sound before the page was clicked; the title and the banner still tell
    }
  }

  // Times are shown in the outlet's time zone, whatever the browser's.
  function clock(iso, zone) {
    if (!iso) return '';
    try {
      return new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit', timeZone: zone || undefined });
    } catch (unknownZone) {
      return new Date(iso).toLocaleTimeString();
    }
  }

  function waited(seconds) {
    if (!seconds) return '';
    if (seconds < 60) return 'waiting ' + seconds + 's';
    return 'waiting ' + Math.floor(seconds / 60) + ' min';
  }

  function ownerText(c) {
    if (!c.handedOff) return 'bot';
    return c.owner ? 'owned by ' + c.owner : 'waiting for staff';
  }

  function renderList(rows) {
    ui.empty.hidden = rows.length > 0;
    ui.list.replaceChildren(...rows.map((c) => {
      const item = el('li', 'conv' + (c.handedOff ? ' handed-off' : '') + (c.key === state.selected ? ' selected' : ''));
      item.dataset.testid = 'conversation';
      item.dataset.key = c.key;
      item.dataset.handedOff = String(c.handedOff);
      const row1 = el('div', 'row1');
      row1.append(el('span', null, c.channel + ' · ' + c.outletId), el('span', 'owner', ownerText(c)));
      item.append(row1);
      if (c.reason) item.append(el('div', 'reason', c.reason));
      const cart = c.cart.length ? c.cart.join(', ') + ' — ' + c.total + ' ' + c.currency : 'empty cart';
      item.append(el('div', 'meta', c.state + ' · ' + cart + (c.waitingSeconds ? ' · ' + waited(c.waitingSeconds) : '')
        + (c.closedBy ? ' · closed by ' + c.closedBy : '')));
      if (c.lastMessage) item.append(el('div', 'meta last', c.lastMessage));
      item.addEventListener('click', () => select(c.key));
      return item;
    }));
  }

  async function loadList() {
    const rows = await api('GET', '/staff/api/conversations');
    state.handOffs = new Set(rows.filter((c) => c.handedOff).map((c) => c.key));
    renderList(rows);
    return rows;
  }

  async function select(key) {
    state.selected = key;
    ui.problem.hidden = true;
    clearAlert();
    for (const item of ui.list.children) item.classList.toggle('selected', item.dataset.key === key);
    await loadDetail();
  }

  async function loadDetail() {
    if (!state.selected) return;
    let detail;
    try {
      detail = await api('GET', '/staff/api/conversations/' + encodeURIComponent(state.selected));
    } catch (error) {
      showProblem(error);
      return;
    }
    const c = detail.summary;
    ui.pick.hidden = true;
    ui.detail.hidden = false;
    ui.detail.dataset.key = c.key;
    ui.detail.dataset.owner = c.owner || '';
    ui.title.textContent = c.channel + ' conversation at ' + c.outletId;
    ui.meta.textContent = ownerText(c) + (c.reason ? ' · ' + c.reason : '') + ' · ' + c.state
      + (c.closedBy ? ' · closed by ' + c.closedBy : '');
    const mine = c.handedOff && c.owner === state.me.username;
    ui.takeOver.disabled = mine;
    ui.handBack.disabled = !mine;
    ui.reply.disabled = !mine;
    ui.transcript.replaceChildren(...detail.transcript.map((entry) => {
      const line = el('li', entry.from);
      line.dataset.testid = 'line-' + entry.from;
      line.append(el('span', 'from', entry.from + (entry.at ? ' · ' + clock(entry.at, c.zone) : '')));
      line.append(document.createTextNode(entry.text == null ? '' : String(entry.text)));
      return line;
    }));
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
    ui.cart.replaceChildren(el('span', null, c.cart.length ? 'Cart (' + c.total + ' ' + c.currency + '):' : 'Cart: empty'));
    for (const line of detail.lines) {
      const row = el('div', 'line', line.text);
      if (mine) {
        const remove = el('button', 'line-remove', 'remove');
        remove.type = 'button';
        remove.addEventListener('click', () => act('/cart/lines/' + encodeURIComponent(line.lineId), undefined, 'DELETE'));
        row.append(remove);
      }
      ui.cart.append(row);
    }
    byId('cart-edit').hidden = !mine;
    if (mine && ui.addItem.dataset.outlet !== c.outletId) loadMenuInto(c.outletId);
    if (ui.stockOutlet.value !== c.outletId && [...ui.stockOutlet.options].some((o) => o.value === c.outletId)) {
      ui.stockOutlet.value = c.outletId;
      loadItems();
    }
    ui.canned.replaceChildren(...detail.cannedReplies.map((text) => {
      const button = el('button', null, text);
      button.type = 'button';
      button.addEventListener('click', () => { ui.reply.value = text; ui.reply.focus(); });
      return button;
    }));
    ui.notes.replaceChildren(...detail.notes.map((note) => el('li', null, note.author + ': ' + note.text)));
  }

  async function loadMenuInto(outletId) {
    const items = await api('GET', '/staff/api/outlets/' + encodeURIComponent(outletId) + '/items');
    ui.addItem.dataset.outlet = outletId;
    ui.addItem.replaceChildren(...items.filter((i) => i.available).map((i) => {
      const option = el('option', null, i.name);
      option.value = i.itemId;
      return option;
    }));
  }

  async function act(path, body, method) {
    ui.problem.hidden = true;
    try {
      await api(method || 'POST', '/staff/api/conversations/' + encodeURIComponent(state.selected) + path, body);
      await Promise.all([loadDetail(), loadList()]);
      return true;
    } catch (error) {
      showProblem(error);
      await loadDetail().catch(() => {});
      return false;
    }
  }

  ui.takeOver.addEventListener('click', () => act('/take-over'));
  ui.handBack.addEventListener('click', () => act('/hand-back'));
  ui.close.addEventListener('click', () => act('/close'));
  ui.replyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await act('/reply', { text: ui.reply.value })) ui.reply.value = '';
  });
  ui.addLineForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const options = ui.addOptions.value.split(',').map((o) => o.trim()).filter(Boolean);
    if (await act('/cart/lines', { itemId: ui.addItem.value, quantity: Number(ui.addQuantity.value) || 1, options })) {
      ui.addOptions.value = '';
    }
  });
  ui.placeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    await act('/order', { mode: ui.placeMode.value, name: ui.placeName.value, phone: ui.placePhone.value,
      address: ui.placeAddress.value });
  });

  // ---- orders and stock

  async function loadOrders() {
    const orders = await api('GET', '/staff/api/orders');
    ui.noOrders.hidden = orders.length > 0;
    ui.orders.replaceChildren(...orders.map((o) => {
      const attention = o.status === 'NEEDS_ATTENTION';
      const item = el('li', 'order' + (attention ? ' needs-attention' : ''));
      item.dataset.testid = 'order';
      item.dataset.status = o.status;
      item.append(el('div', null, '#' + o.number + ' · ' + o.outletId + ' · '),
        el('div', 'status', o.status.replace(/_/g, ' ').toLowerCase()),
        el('div', 'muted', (o.customerName || '') + ' · ' + (o.fulfillment || '') + ' · ' + o.total + ' ' + o.currency
          + ' · ' + clock(o.placedAt, o.zone)));
      const actions = el('div', 'row');
      if (attention) {
        const release = el('button', null, 'Release to the kitchen');
        release.type = 'button';
        release.addEventListener('click', () => orderAction(o.orderId, 'release'));
        actions.append(release);
      }
      if (['PLACED', 'SENT_TO_KITCHEN', 'ACCEPTED', 'NEEDS_ATTENTION'].includes(o.status)) {
        const cancel = el('button', null, 'Cancel…');
        cancel.type = 'button';
        cancel.addEventListener('click', () => {
          const message = window.prompt('Message to the customer (optional):', 'Sorry, we had to cancel your order.');
          if (message !== null) orderAction(o.orderId, 'cancel', { text: message });
        });
        actions.append(cancel);
      }
      if (actions.children.length) item.append(actions);
      return item;
    }));
  }

  async function orderAction(orderId, action, body) {
    try {
      await api('POST', '/staff/api/orders/' + encodeURIComponent(orderId) + '/' + action, body || {});
    } catch (error) {
      window.alert(error.message);
    }
    await loadOrders();
  }

  async function loadItems() {
    const outletId = ui.stockOutlet.value;
    if (!outletId) return;
    const items = await api('GET', '/staff/api/outlets/' + encodeURIComponent(outletId) + '/items');
    ui.items.replaceChildren(...items.map((i) => {
      const row = el('li', i.available ? '' : 'sold-out');
      row.append(el('span', 'name', i.name));
      const toggle = el('button', null, i.available ? 'Sold out' : 'Available again');
      toggle.type = 'button';
      toggle.addEventListener('click', async () => {
        let quantity = 0;
        if (!i.available) {
          const answer = window.prompt('How many on hand?', '20');
          if (answer === null) return;
          quantity = Number(answer);
        }
        try {
          await api('POST', '/staff/api/outlets/' + encodeURIComponent(outletId) + '/items/'
            + encodeURIComponent(i.itemId) + '/availability', { available: !i.available, quantity });
        } catch (error) {
          window.alert(error.message);
        }
        await loadItems();
      });
      row.append(toggle);
      return row;
    }));
  }
  ui.stockOutlet.addEventListener('change', () => loadItems());

  // ---- users (admins)

  async function loadUsers() {
    const users = await api('GET', '/staff/api/users');
    state.users = users;
    ui.users.replaceChildren(...users.map((u) => el('li', null, u.username + ' · ' + u.role.toLowerCase()
      + ' · ' + (u.outlets.length ? u.outlets.join(', ') : 'all outlets') + (u.enabled ? '' : ' · disabled'))));
  }

  ui.userForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = ui.userName.value.trim().toLowerCase();
    const outlets = ui.userOutlets.value.split(',').map((o) => o.trim()).filter(Boolean);
    const exists = (state.users || []).some((u) => u.username === username);
    const body = { username, role: ui.userRole.value, outlets, enabled: true,
      password: ui.userPassword.value || undefined };
    try {
      await api(exists ? 'PUT' : 'POST', '/staff/api/users' + (exists ? '/' + encodeURIComponent(username) : ''), body);
      ui.userPassword.value = '';
      await loadUsers();
    } catch (error) {
      window.alert(error.message);
    }
  });

  ui.noteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await act('/notes', { text: ui.note.value })) ui.note.value = '';
  });

  function connect() {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/staff/ws');
    state.socket = socket;
    socket.addEventListener('open', () => {
      state.reconnect = 1000;
      ui.socketState.textContent = 'live';
      document.body.dataset.socket = 'live';
    });
    socket.addEventListener('message', async (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch (notJson) { return; }
      if (frame.type === 'handoff' && !state.handOffs.has(frame.conversationKey)) {
        state.handOffs.add(frame.conversationKey);
        alertHandOff(frame.reason);
      }
      if (frame.type === 'orders') await loadOrders().catch(() => {});
      if (frame.type === 'menu' && frame.outletId === ui.stockOutlet.value) await loadItems().catch(() => {});
      if (frame.type === 'conversation' || frame.type === 'handoff') {
        await loadList().catch(() => {});
        if (frame.conversationKey === state.selected) await loadDetail();
      }
    });
    socket.addEventListener('close', () => {
      ui.socketState.textContent = 'offline';
      delete document.body.dataset.socket;
      setTimeout(async () => {
        try { await api('GET', '/staff/api/me'); connect(); } catch (signedOut) { /* api() sends to sign-in */ }
      }, state.reconnect);
      state.reconnect = Math.min(state.reconnect * 2, 30000);
    });
  }

  async function start() {
    state.me = await api('GET', '/staff/api/me');
    ui.me.textContent = state.me.username + ' (' + state.me.role.toLowerCase() + ')';
    ui.logoutCsrf.value = state.me.csrfToken;
    await loadList();
    connect();
    const outlets = await api('GET', '/staff/api/outlets');
    ui.stockOutlet.replaceChildren(...outlets.map((o) => { const option = el('option', null, o); option.value = o; return option; }));
    await Promise.all([loadOrders(), loadItems()]);
    if (state.me.role === 'ADMIN') {
      ui.usersSection.hidden = false;
      await loadUsers();
    }
  }

  start().catch((error) => { ui.me.textContent = error.message; });
})();
