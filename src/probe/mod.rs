//! `acr-net-guide probe`, the pure part: the hosts a pull from a registry touches, what the checks saw on each,
//! and how that answers the tree's questions up to a step; plus the marker line by which the page opens a pasted
//! report's step. Nothing here opens a socket: the network side is the command line's (`src/bin/cli/probe/`).

pub mod marker;

#[cfg(not(target_arch = "wasm32"))]
pub mod certificate;
#[cfg(not(target_arch = "wasm32"))]
pub mod dns_message;
#[cfg(not(target_arch = "wasm32"))]
pub mod observation;
#[cfg(not(target_arch = "wasm32"))]
pub mod proxy_settings;
#[cfg(not(target_arch = "wasm32"))]
pub mod walk;
