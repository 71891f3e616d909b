// The assistant's page: asks without reloading and shows the answer as it is written (server-sent
// events from /assistant/stream). Without this script the form posts and the page reloads.
(function () {
  "use strict";
  var form = document.getElementById("ask");
  var turns = document.getElementById("turns");
  if (!form || !turns || !window.fetch || !window.TextDecoder) {
    return;
  }
  var question = document.getElementById("question");
  var error = document.getElementById("question-error");
  var conversation = document.getElementById("conversation-id");

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
    question.setAttribute("aria-invalid", "true");
    question.setAttribute("aria-describedby", "question-error question-hint");
    question.focus();
  }

  function clearError() {
    error.textContent = "";
    error.hidden = true;
    question.removeAttribute("aria-invalid");
    question.setAttribute("aria-describedby", "question-hint");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearError();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    var pending = document.createElement("li");
    pending.className = "turn";
    pending.setAttribute("aria-busy", "true");
    var asked = document.createElement("p");
    asked.className = "question";
    asked.textContent = question.value;
    var written = document.createElement("p");
    written.className = "answer streaming";
    pending.appendChild(asked);
    pending.appendChild(written);
    turns.appendChild(pending);
    // Once the answer (or a problem) has arrived, a failure later in the stream must not post the
    // question a second time.
    var settled = false;
    fetch(form.getAttribute("data-stream"), {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: "text/event-stream" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (problem) {
          turns.removeChild(pending);
          showError(problem.message);
        });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function handle(block) {
        var name = "message";
        var data = [];
        block.split("\n").forEach(function (line) {
          if (line.indexOf("event:") === 0) {
            name = line.slice(6).trim();
          } else if (line.indexOf("data:") === 0) {
            data.push(line.slice(5));
          }
        });
        var text = data.join("\n");
        if (name === "token") {
          written.textContent += text;
        } else if (name === "conversation") {
          conversation.value = text;
        } else if (name === "turn") {
          var holder = document.createElement("ol");
          holder.innerHTML = text;
          var turn = holder.firstElementChild;
          turns.replaceChild(turn, pending);
          question.value = "";
          settled = true;
        } else if (name === "problem") {
          turns.removeChild(pending);
          showError(text);
          settled = true;
        }
      }
      function read() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            return;
          }
          buffer += decoder.decode(chunk.value, { stream: true });
          var blocks = buffer.split("\n\n");
          buffer = blocks.pop();
          blocks.forEach(handle);
          return read();
        });
      }
      return read();
    }).catch(function () {
      if (!settled) {
        form.submit();
      }
    }).finally(function () {
      button.disabled = false;
    });
  });
})();
