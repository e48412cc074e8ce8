//! A diagnostic build (`TRUNK_BUILD_FEATURES=alloc-stats cargo xtask build`, never shipped): the
//! allocator counts the wasm heap's live allocations, in all and by size, for the interface
//! fuzzer (`tests/e2e/fuzz.mjs` prints them beside a fresh load's). The wasm memory only shows
//! its high-water mark, in steps of 64 KiB; these counts show a leak of one allocation per
//! action within a few hundred steps, and its size says what leaks (issue 20: the table).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering::Relaxed};

use wasm_bindgen::prelude::wasm_bindgen;

/// Live allocations by size, in classes of 4 bytes (the last: 4 KiB and more).
static BY_SIZE: [AtomicI32; 1025] = [const { AtomicI32::new(0) }; 1025];
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
/// The most bytes live at once, and the largest allocation, since the last [`poles_reset_peak`].
static PEAK_BYTES: AtomicUsize = AtomicUsize::new(0);
static LARGEST: AtomicUsize = AtomicUsize::new(0);

struct Counting;

fn counted(size: usize, by: i32) {
    BY_SIZE[(size / 4).min(1024)].fetch_add(by, Relaxed);
    if by > 0 {
        let live = LIVE_BYTES.fetch_add(size, Relaxed) + size;
        PEAK_BYTES.fetch_max(live, Relaxed);
        LARGEST.fetch_max(size, Relaxed);
    } else {
        LIVE_BYTES.fetch_sub(size, Relaxed);
    }
}

// SAFETY: every call goes to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        counted(layout.size(), 1);
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        counted(layout.size(), 1);
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        counted(layout.size(), -1);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        counted(layout.size(), -1);
        counted(new_size, 1);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The bytes of the live allocations.
#[wasm_bindgen]
pub fn poles_live_bytes() -> u32 {
    LIVE_BYTES.load(Relaxed) as u32
}

/// Where the live allocations by size are, in the wasm memory (1,025 `i32`s).
#[wasm_bindgen]
pub fn poles_live_by_size() -> u32 {
    BY_SIZE.as_ptr() as u32
}

/// The most bytes live at once since the last reset.
#[wasm_bindgen]
pub fn poles_peak_bytes() -> u32 {
    PEAK_BYTES.load(Relaxed) as u32
}

/// The largest allocation since the last reset.
#[wasm_bindgen]
pub fn poles_largest_allocation() -> u32 {
    LARGEST.load(Relaxed) as u32
}

/// Starts counting the peak and the largest allocation again, from now.
#[wasm_bindgen]
pub fn poles_reset_peak() {
    PEAK_BYTES.store(LIVE_BYTES.load(Relaxed), Relaxed);
    LARGEST.store(0, Relaxed);
}
