//! The picture worker (`picture/`, built by Trunk as `picture_loader.js`): started the first
//! time a picture is asked for, then kept for the page's life. A request is `[id, JSON]`; the
//! answer `[id, svg]` or `[id, null, error]` goes to the request waiting under that id.
//! Requests made before the worker says `"ready"` wait in a queue.
//!
//! Plain Rust channels, not JS promises, and one kind of JS callback: each kind costs glue in
//! the wasm of every visitor. The state is a `StoredValue` of the atlas view (`MapInputs`);
//! the worker's callbacks and the continuations reach it with `try_`, so a view that is gone
//! leaves them nothing to do (`src/defer.rs`).

use futures_channel::oneshot;
use js_sys::{Array, JsString, Reflect};
use leptos::prelude::*;
use poles_model::map_image::Request;
use wasm_bindgen::prelude::*;
use web_sys::Worker;

/// The worker's script, beside `index.html` (Trunk does not hash a worker's files).
const SCRIPT: &str = "picture_loader.js";

/// The SVG as a JS string: it never enters the wasm's memory, whose pages never shrink (a
/// picture is up to a few hundred KB).
type Answer = Result<JsString, JsValue>;

/// The worker (once started), whether it listens yet, the messages waiting for it to listen,
/// and the requests waiting for answers.
#[derive(Default)]
struct State {
    worker: Option<Worker>,
    ready: bool,
    queued: Vec<Array>,
    waiting: Vec<(u32, oneshot::Sender<Answer>)>,
    next: u32,
}

/// Calls `this.name(args…)` with JS values, so that a large string (an SVG, a PNG's address)
/// stays in the JS heap rather than being copied into the wasm's memory.
pub fn call(this: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = Reflect::get(this, &name.into())?.dyn_into()?;
    Reflect::apply(&function, this, &args.iter().copied().collect())
}

/// The picture worker of an atlas view.
#[derive(Clone, Copy)]
pub struct Pictures(StoredValue<State, LocalStorage>);

impl Pictures {
    pub fn new() -> Self {
        Pictures(StoredValue::new_local(State::default()))
    }

    /// A message from the worker: `"ready"` (the queue goes), or an answer.
    fn received(self, data: JsValue) {
        if data.as_string().as_deref() == Some("ready") {
            let ready = self.0.try_update_value(|p| {
                p.ready = true;
                (p.worker.clone(), std::mem::take(&mut p.queued))
            });
            if let Some((Some(worker), queued)) = ready {
                for message in queued {
                    let _ = worker.post_message(&message);
                }
            }
            return;
        }
        let id = Reflect::get_u32(&data, 0).ok().and_then(|id| id.as_f64());
        let sender = self.0.try_update_value(|p| {
            let at = p.waiting.iter().position(|w| Some(f64::from(w.0)) == id)?;
            Some(p.waiting.swap_remove(at).1)
        });
        let svg = (Reflect::get_u32(&data, 1).ok()).and_then(|svg| svg.dyn_into::<JsString>().ok());
        let answer = svg.ok_or_else(|| Reflect::get_u32(&data, 2).unwrap_or(JsValue::NULL));
        if let Some(Some(sender)) = sender {
            let _ = sender.send(answer);
        }
    }

    /// The worker failed to load or crashed: every waiting request fails, and the next one
    /// starts a new worker.
    fn failed(self, error: JsValue) {
        let waiting = self.0.try_update_value(|p| std::mem::take(p).waiting);
        for (_, sender) in waiting.into_iter().flatten() {
            let _ = sender.send(Err(error.clone()));
        }
    }

    /// Starts the worker.
    fn start(self) -> Result<Worker, JsValue> {
        let worker = Worker::new(SCRIPT)?;
        let listener = |handle: fn(Self, JsValue)| {
            let closure = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                handle(self, Reflect::get(&event, &"data".into()).unwrap_or(event))
            });
            // Kept for the worker's life, which is the page's.
            closure.into_js_value()
        };
        worker.set_onmessage(Some(listener(Self::received).unchecked_ref()));
        worker.set_onerror(Some(listener(Self::failed).unchecked_ref()));
        Ok(worker)
    }

    /// The SVG the worker draws for `request`.
    pub async fn draw(self, request: &Request) -> Answer {
        let text = serde_json::to_string(request).map_err(|e| e.to_string())?;
        let (sender, answer) = oneshot::channel();
        let post = self.0.try_update_value(|p| -> Result<_, JsValue> {
            let worker = match &p.worker {
                Some(worker) => worker.clone(),
                None => p.worker.insert(self.start()?).clone(),
            };
            p.next += 1;
            let message = Array::of2(&p.next.into(), &text.into());
            p.waiting.push((p.next, sender));
            if p.ready {
                return Ok(Some((worker, message)));
            }
            p.queued.push(message);
            Ok(None)
        });
        if let Some((worker, message)) = post.ok_or("the atlas view is gone")?? {
            worker.post_message(&message)?;
        }
        answer
            .await
            .unwrap_or_else(|_| Err("the picture worker stopped".into()))
    }
}
