// Shows on the demo page what the widget released, and the current choice (from window.Kelisim).
(() => {
  var list = document.getElementById("released");
  document.addEventListener("demo:analytics", (event) => {
    if (!list) return;
    var item = document.createElement("li");
    item.textContent = event.detail;
    list.appendChild(item);
  });
  function show() {
    var out = document.getElementById("choice");
    if (!out || !window.Kelisim) return;
    out.textContent = JSON.stringify(window.Kelisim.getConsent().choices);
  }
  document.addEventListener("kelisim:change", show);
  window.addEventListener("load", () => {
    if (window.Kelisim) window.Kelisim.ready.then(show);
  });
  var withdraw = document.getElementById("withdraw");
  if (withdraw)
    withdraw.addEventListener("click", () => {
      window.Kelisim?.withdraw();
    });
})();
