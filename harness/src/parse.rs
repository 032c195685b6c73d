//! Header text -> model.
