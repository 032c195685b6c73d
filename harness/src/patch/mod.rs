//! Reference patcher.
