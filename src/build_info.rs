//! Version, commit and build date of this build (the date comes from the commit, never the clock).

/// Package version, e.g. `0.1.0`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Short commit hash, or `unknown` outside a git checkout.
pub const COMMIT: &str = env!("ACR_GUIDE_COMMIT");
/// `YYYY-MM-DD` of the commit (or `SOURCE_DATE_EPOCH`).
pub const BUILD_DATE: &str = env!("ACR_GUIDE_BUILD_DATE");
