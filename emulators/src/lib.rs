//! Emulator sandboxes (filled in by the emulators work).
