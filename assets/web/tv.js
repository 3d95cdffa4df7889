// Dealbell's live page: draws the screen the server sends (first as JSON, then as
// server-sent events on every change), and celebrates each new win. Text is only ever
// set as text (never as HTML), so a name cannot inject anything.
"use strict";
(function () {
  const base = location.pathname.replace(/\/+$/, "");
  let newestDeal = null;
  let celebrating = null;
  let pageWords = { duels: "" };

  // The page's own words and direction, in the team's language.
  function drawPage(page) {
    pageWords = page;
    const root = document.documentElement;
    root.lang = page.lang;
    root.dir = page.dir;
    document.getElementById("board").setAttribute("aria-label", page.leaderboard);
    document.getElementById("empty").textContent = page.empty;
    document.getElementById("ticker").setAttribute("aria-label", page.latest_wins);
    document.getElementById("status").title = page.live;
    document.querySelector("#celebrate .party").textContent = page.new_win;
  }

  function node(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) {
      e.textContent = text;
      e.dir = "auto";
    }
    return e;
  }

  function bar(cls, thousandths) {
    const outer = node("div", cls);
    const fill = node("div", "fill");
    fill.style.width = Math.max(0, Math.min(1000, thousandths)) / 10 + "%";
    outer.appendChild(fill);
    return outer;
  }

  function rankText(row) {
    if (row.rank === null) return "";
    return row.rank + (row.tied ? "=" : "");
  }

  function drawRows(rows) {
    const list = document.getElementById("rows");
    const before = {};
    for (const li of list.children) before[li.dataset.name] = li.getBoundingClientRect().top;
    list.replaceChildren();
    for (const row of rows) {
      const li = node("li", "row");
      li.dataset.name = row.name;
      li.appendChild(node("span", "rank", rankText(row)));
      const who = node("div", "who");
      who.appendChild(node("span", "name", row.name));
      who.appendChild(bar("bar", row.bar));
      if (row.quota) {
        const q = node("div", "quota");
        q.appendChild(bar("qbar", row.quota.bar));
        q.appendChild(node("span", "qtext", row.quota.text));
        who.appendChild(q);
      }
      li.appendChild(who);
      const figure = node("div", "figure");
      figure.appendChild(node("span", "value", row.value));
      if (row.detail) figure.appendChild(node("span", "detail", row.detail));
      li.appendChild(figure);
      li.appendChild(node("span", "move " + moveClass(row.movement), row.movement));
      list.appendChild(li);
    }
    // Rows that changed place glide from where they were.
    for (const li of list.children) {
      const was = before[li.dataset.name];
      if (was === undefined) continue;
      const dy = was - li.getBoundingClientRect().top;
      if (Math.abs(dy) < 1) continue;
      li.animate([{ transform: "translateY(" + dy + "px)" }, { transform: "none" }],
        { duration: 600, easing: "ease-out" });
      if (dy > 0) li.classList.add("climbed");
    }
    document.getElementById("empty").hidden = rows.length > 0;
  }

  function moveClass(movement) {
    if (movement.startsWith("▲")) return "up";
    if (movement.startsWith("▼")) return "down";
    return "same";
  }

  function drawPanels(contests, duels) {
    const box = document.getElementById("contests");
    box.replaceChildren();
    for (const c of contests) {
      const panel = node("section", "panel");
      panel.appendChild(node("h2", null, c.title));
      for (const line of c.lines) panel.appendChild(node("p", null, line));
      const ol = node("ol", "standings");
      for (const r of c.rows) {
        const li = node("li");
        li.appendChild(node("span", "rank", r.rank === null ? "" : String(r.rank)));
        li.appendChild(node("span", "name", r.name));
        li.appendChild(node("span", "value", r.value));
        ol.appendChild(li);
      }
      panel.appendChild(ol);
      box.appendChild(panel);
    }
    const duelBox = document.getElementById("duels");
    duelBox.replaceChildren();
    if (duels.length > 0) {
      const panel = node("section", "panel");
      panel.appendChild(node("h2", null, pageWords.duels));
      for (const d of duels) panel.appendChild(node("p", "duel", d));
      duelBox.appendChild(panel);
    }
    document.getElementById("side").hidden = contests.length === 0 && duels.length === 0;
  }

  function drawTicker(wins) {
    const ticker = document.getElementById("ticker");
    ticker.replaceChildren();
    for (const w of wins) {
      const item = node("span", "win");
      item.dataset.deal = w.deal;
      item.appendChild(node("strong", null, w.name));
      item.appendChild(node("span", null, " " + w.what));
      ticker.appendChild(item);
    }
  }

  function celebrate(win) {
    const box = document.getElementById("celebrate");
    box.querySelector(".who").textContent = win.name;
    box.querySelector(".what").textContent = win.what;
    box.hidden = false;
    box.classList.remove("pop");
    void box.offsetWidth;
    box.classList.add("pop");
    clearTimeout(celebrating);
    celebrating = setTimeout(function () { box.hidden = true; }, 5000);
  }

  function draw(screen) {
    drawPage(screen.page);
    document.getElementById("team").textContent = screen.team;
    document.getElementById("title").textContent = screen.title;
    document.getElementById("footer").textContent = screen.footer;
    document.title = screen.title + " — Dealbell";
    drawRows(screen.rows);
    drawPanels(screen.contests, screen.duels);
    drawTicker(screen.wins);
    const newest = screen.wins.length > 0 ? Math.max.apply(null, screen.wins.map(function (w) { return w.deal; })) : 0;
    if (newestDeal !== null && newest > newestDeal) {
      celebrate(screen.wins.find(function (w) { return w.deal === newest; }));
    }
    newestDeal = newestDeal === null ? newest : Math.max(newestDeal, newest);
    document.body.dataset.ready = "yes";
  }

  function live(on) {
    document.getElementById("status").classList.toggle("off", !on);
  }

  function listen() {
    const events = new EventSource(base + "/events");
    events.addEventListener("screen", function (e) { live(true); draw(JSON.parse(e.data)); });
    events.onopen = function () { live(true); };
    events.onerror = function () { live(false); };
  }

  fetch(base + "/screen.json", { cache: "no-store" })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (s) { if (s) draw(s); listen(); })
    .catch(function () { live(false); listen(); });
})();
