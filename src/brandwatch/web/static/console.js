// Keyboard triage for the review console. Loaded from /static (the CSP forbids inline script).
// Queue page: j/k move the cursor, Enter/o opens its finding, c/e/r act on it, d opens it to dismiss;
// x ticks the cursor's row, X (or shift-click) ticks the range from the last ticked row, Esc clears, and
// while rows are ticked c/e/r act on all of them through the bulk bar.
// Finding page: j/k go to the next/previous finding, c/e/r press the action, d picks a dismissal reason.
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function post(url, back, returnTo) {
    var form = document.createElement("form");
    form.method = "post";
    form.action = url;
    [["csrf_token", csrf()], ["back", back || ""], ["return", returnTo || ""]].forEach(function (pair) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
  }

  function queuePage(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tr.row"));
    var back = table.getAttribute("data-back") || "";
    var index = -1;
    function select(next) {
      if (!rows.length) return;
      if (index >= 0) rows[index].classList.remove("selected");
      index = Math.max(0, Math.min(rows.length - 1, next));
      rows[index].classList.add("selected");
      rows[index].scrollIntoView({ block: "nearest" });
    }
    var bar = document.getElementById("bulk-bar");
    var boxes = rows.map(function (row) { return row.querySelector("input.pick"); });
    var anchor = -1;
    function ticked() { return boxes.filter(function (box) { return box && box.checked; }).length; }
    function refresh() {
      var count = ticked();
      if (!bar) return;
      bar.hidden = count === 0;
      document.getElementById("bulk-count").textContent = count + " selected";
      rows.forEach(function (row, i) { row.classList.toggle("ticked", !!(boxes[i] && boxes[i].checked)); });
    }
    function tickRange(from, to) {
      var low = Math.min(from, to), high = Math.max(from, to);
      for (var i = low; i <= high; i++) if (boxes[i]) boxes[i].checked = true;
      refresh();
    }
    rows.forEach(function (row, i) {
      row.addEventListener("click", function (event) {
        if (event.target.closest("a") || event.target.closest("td.pick")) return;
        window.location.href = row.getAttribute("data-href");
      });
      row.addEventListener("mouseenter", function () { select(i); });
      if (boxes[i]) boxes[i].addEventListener("click", function (event) {
        if (event.shiftKey && anchor >= 0) tickRange(anchor, i);
        anchor = i;
        refresh();
      });
    });
    var actions = { c: "claim", e: "escalate", r: "resolve" };
    return function (key) {
      if (key === "Escape" && ticked()) {
        boxes.forEach(function (box) { if (box) box.checked = false; });
        return refresh(), true;
      }
      if (actions[key] && ticked() && bar) return document.getElementById("bulk-" + actions[key]).click(), true;
      if (key === "x" && index >= 0 && boxes[index]) {
        boxes[index].checked = !boxes[index].checked;
        anchor = index;
        return refresh(), true;
      }
      if (key === "X" && index >= 0) return tickRange(anchor >= 0 ? anchor : index, index), (anchor = index), true;
      if (key === "j") return select(index + 1), true;
      if (key === "k") return select(index < 0 ? 0 : index - 1), true;
      if (index < 0) return false;
      var row = rows[index];
      if (key === "Enter" || key === "o") return (window.location.href = row.getAttribute("data-href")), true;
      if (key === "d") return (window.location.href = row.getAttribute("data-href") + "#dismiss-form"), true;
      if (actions[key]) return post("/findings/" + row.getAttribute("data-id") + "/" + actions[key], back, "queue"), true;
      return false;
    };
  }

  function findingPage(head) {
    var reason = document.getElementById("dismiss-reason");
    if (reason && window.location.hash === "#dismiss-form") reason.focus();
    var buttons = { c: "action-claim", e: "action-escalate", r: "action-resolve" };
    return function (key) {
      if (key === "j" && head.getAttribute("data-next")) return (window.location.href = head.getAttribute("data-next")), true;
      if (key === "k" && head.getAttribute("data-prev")) return (window.location.href = head.getAttribute("data-prev")), true;
      if (key === "d" && reason) return reason.focus(), true;
      var button = buttons[key] && document.getElementById(buttons[key]);
      if (button) return button.click(), true;
      return false;
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.getElementById("queue-table");
    var head = document.getElementById("finding");
    var handler = table ? queuePage(table) : head ? findingPage(head) : null;
    if (!handler) return;
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
      if (handler(event.key)) event.preventDefault();
    });
  });
})();
