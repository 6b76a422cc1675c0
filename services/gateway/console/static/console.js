// The console's only script (besides htmx): the CSRF token on htmx's requests, and a call's decision
// stream. No inline script anywhere: the Content-Security-Policy allows this file and htmx only.
"use strict";
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.body.dataset.csrf;
  if (token) { event.detail.headers["X-CSRF-Token"] = token; }
});
document.addEventListener("DOMContentLoaded", function () {
  var live = document.querySelector("[data-stream]");
  if (!live || !window.EventSource) { return; }
  var stream = new EventSource(live.dataset.stream);
  live.dataset.streamState = "connecting";
  stream.addEventListener("open", function () { live.dataset.streamState = "open"; });
  // Each decision (and each recording stop) brings the server-rendered panel again.
  ["decision", "recording.stop_confirmed", "recording.stop_failed"].forEach(function (name) {
    stream.addEventListener(name, function () { htmx.trigger(live, "decision-changed"); });
  });
});

// A consent receipt checked here, in the browser, against the keys callvault publishes
// (/.well-known/jwks.json): a compact JWS signed with Ed25519 (RFC 8037, RFC 9864), verified by WebCrypto.
function base64url(text) {
  var binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
  return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
}
async function verifyJws(jws) {
  var parts = jws.split(".");
  if (parts.length !== 3) { throw new Error("not a compact JWS"); }
  var header = JSON.parse(new TextDecoder().decode(base64url(parts[0])));
  // Ed25519 (RFC 9864's name), or EdDSA (its deprecated one, on receipts signed before): one scheme.
  if (header.alg !== "Ed25519" && header.alg !== "EdDSA") { throw new Error("signed with " + header.alg + ", not Ed25519"); }
  var published = await (await fetch("/.well-known/jwks.json", {credentials: "omit"})).json();
  var jwk = published.keys.find(function (k) { return k.kid === header.kid; });
  if (!jwk) { throw new Error("its key " + header.kid + " is not published"); }
  var key = await crypto.subtle.importKey("jwk", {kty: jwk.kty, crv: jwk.crv, x: jwk.x}, {name: "Ed25519"},
                                          false, ["verify"]);
  var valid = await crypto.subtle.verify({name: "Ed25519"}, key, base64url(parts[2]),
                                         new TextEncoder().encode(parts[0] + "." + parts[1]));
  return {valid: valid, kid: header.kid};
}
window.callvaultVerifyJws = verifyJws;
document.addEventListener("click", async function (event) {
  var button = event.target.closest("[data-verify-receipt]");
  if (!button) { return; }
  var out = document.getElementById(button.getAttribute("aria-controls"));
  out.textContent = "checking…";
  try {
    var receipt = await (await fetch(button.dataset.verifyReceipt, {credentials: "same-origin"})).json();
    var result = await verifyJws(receipt.jws);
    out.textContent = result.valid ? "signature valid (published key " + result.kid.slice(0, 8) + "…)"
                                   : "signature NOT valid";
    out.className = result.valid ? "yes" : "no";
  } catch (error) {
    out.textContent = "could not verify: " + error.message;
    out.className = "no";
  }
});
