//! The sandbox's memory accounting: QuickJS allocates through [`Capped`], which counts the
//! bytes in use and refuses allocations beyond the current cap. Refusing here (rather than
//! with QuickJS's own limit) lets the host know that a script ran out of memory even when
//! QuickJS could not allocate the error object and threw `null` instead.

use std::cell::Cell;
use std::rc::Rc;

use rquickjs::allocator::{Allocator, RustAllocator};

/// Usage and cap, shared between the allocator and the engine.
#[derive(Debug, Default)]
pub(super) struct Meter {
    used: Cell<usize>,
    /// 0 means no cap.
    cap: Cell<usize>,
    refused: Cell<bool>,
}

impl Meter {
    pub fn used(&self) -> usize {
        self.used.get()
    }

    pub fn set_cap(&self, cap: usize) {
        self.cap.set(cap);
    }

    /// Whether an allocation was refused since the last [`Meter::reset_refused`].
    pub fn refused(&self) -> bool {
        self.refused.get()
    }

    pub fn reset_refused(&self) {
        self.refused.set(false);
    }

    fn admit(&self, extra: usize) -> bool {
        let cap = self.cap.get();
        if cap != 0 && self.used.get().saturating_add(extra) > cap {
            self.refused.set(true);
            return false;
        }
        true
    }
}

/// Rust's global allocator (through rquickjs's [`RustAllocator`]) with a cap.
pub(super) struct Capped {
    inner: RustAllocator,
    meter: Rc<Meter>,
}

impl Capped {
    pub fn new(meter: Rc<Meter>) -> Self {
        Capped {
            inner: RustAllocator,
            meter,
        }
    }
}

// SAFETY: every call is forwarded to `RustAllocator`, which upholds the trait's contract;
// this wrapper only refuses some requests (returning null, which is allowed) and keeps a
// count based on `RustAllocator::usable_size` of the pointers it returned or received.
unsafe impl Allocator for Capped {
    fn alloc(&mut self, size: usize) -> *mut u8 {
        if !self.meter.admit(size) {
            return std::ptr::null_mut();
        }
        let ptr = self.inner.alloc(size);
        if !ptr.is_null() {
            // SAFETY: `ptr` was just returned by the inner allocator.
            let got = unsafe { RustAllocator::usable_size(ptr) };
            self.meter.used.set(self.meter.used.get() + got);
        }
        ptr
    }

    fn calloc(&mut self, count: usize, size: usize) -> *mut u8 {
        let Some(total) = count.checked_mul(size) else {
            return std::ptr::null_mut();
        };
        if count == 0 || size == 0 || !self.meter.admit(total) {
            return std::ptr::null_mut();
        }
        let ptr = self.inner.calloc(count, size);
        if !ptr.is_null() {
            // SAFETY: `ptr` was just returned by the inner allocator.
            let got = unsafe { RustAllocator::usable_size(ptr) };
            self.meter.used.set(self.meter.used.get() + got);
        }
        ptr
    }

    unsafe fn dealloc(&mut self, ptr: *mut u8) {
        // SAFETY: the caller guarantees `ptr` came from this allocator.
        let size = unsafe { RustAllocator::usable_size(ptr) };
        self.meter
            .used
            .set(self.meter.used.get().saturating_sub(size));
        // SAFETY: as above.
        unsafe { self.inner.dealloc(ptr) }
    }

    unsafe fn realloc(&mut self, ptr: *mut u8, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `ptr` came from this allocator.
        let old = unsafe { RustAllocator::usable_size(ptr) };
        if new_size > old && !self.meter.admit(new_size - old) {
            return std::ptr::null_mut();
        }
        // SAFETY: as above; on failure the old block stays valid and counted.
        let out = unsafe { self.inner.realloc(ptr, new_size) };
        if !out.is_null() {
            // SAFETY: `out` was just returned by the inner allocator.
            let got = unsafe { RustAllocator::usable_size(out) };
            self.meter
                .used
                .set(self.meter.used.get().saturating_sub(old) + got);
        }
        out
    }

    unsafe fn usable_size(ptr: *mut u8) -> usize {
        // SAFETY: the caller guarantees `ptr` came from this allocator.
        unsafe { RustAllocator::usable_size(ptr) }
    }
}
