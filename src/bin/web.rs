//! The wasm entry point: mounts the Yew app.

fn main() {
    acr_net_guide::ui::run();
}
