// Keyboard triage for the review console. Loaded from /static (the CSP forbids inline script).
// Queue page: j/k move the selection, Enter/o opens it, c/e/r act on it, d opens it to dismiss.
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
    rows.forEach(function (row, i) {
      row.addEventListener("click", function (event) {
        if (event.target.closest("a")) return;
        window.location.href = row.getAttribute("data-href");
      });
      row.addEventListener("mouseenter", function () { select(i); });
    });
    var actions = { c: "claim", e: "escalate", r: "resolve" };
    return function (key) {
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
