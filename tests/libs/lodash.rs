//! Placeholder: tests come with the library.
