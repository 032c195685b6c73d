//! Model -> header text.
