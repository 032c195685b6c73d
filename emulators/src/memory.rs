//! Declared regions, permissions, and the page cache behind Unicorn's
//! virtual TLB.
//!
//! Physical layout inside the Unicorn engine (mapped once, never changed):
//!
//! * `PLAIN_BASE..`: the "plain" pool, one 4 KiB slot per cached guest page
//!   whose bytes all share one permission;
//! * `MIXED_BASE..`: the "mixed" pool for pages whose bytes do not all have
//!   the same permission (or are partly undeclared); a bounded
//!   `UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE` hook on this range checks every
//!   data access against the declared regions byte by byte;
//! * `EXIT_PAGE`: one read-only page of `hlt` (x86) / `brk` (AArch64)
//!   instructions.  A fetch from a declared but non-executable page is
//!   mapped here; the per-instruction hook recognises the page and stops
//!   before the instruction executes.  Unlike a fetch fault, this path keeps
//!   its translated block cached, so exit sentinels cost almost nothing;
//! * `TRAP_BASE..`: never mapped.  A denied access is given a TLB entry that
//!   points here, so Unicorn reports it through the `*_UNMAPPED` hooks with
//!   the exact address and size (a TLB-fill hook only sees the page).
//!
//! Guest virtual pages are bound to slots lazily and stay bound (cached)
//! across runs, with least-recently-used eviction when a pool is full.  A
//! page is only handed to the TLB while it is part of the current layout.

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use crate::Error;

/// Multiply-shift hasher for page numbers and small tuples (the default
/// SipHash costs more than everything else a TLB fill does).
#[derive(Default, Clone, Copy)]
pub(crate) struct PageHasher(u64);

impl Hasher for PageHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64)
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64)
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64)
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Build = BuildHasherDefault<PageHasher>;
type Map<K, V> = HashMap<K, V, Build>;
type Set<K> = HashSet<K, Build>;

/// Guest page size used for mapping, permissions and the cache.
pub const PAGE_SIZE: u64 = 4096;
pub(crate) const PAGE_SHIFT: u32 = 12;
const PAGE: usize = 4096;
const OFF_MASK: u64 = PAGE_SIZE - 1;

pub(crate) const PLAIN_BASE: u64 = 0x4000_0000;
pub(crate) const MIXED_BASE: u64 = 0x8000_0000;
pub(crate) const EXIT_PAGE: u64 = 0xBFFF_F000;
pub(crate) const TRAP_BASE: u64 = 0xC000_0000;
const TRAP_PAGES: usize = 64;
/// Largest pool (768 MiB of physical address space per zone).
pub(crate) const MAX_ZONE_PAGES: usize = 0x3000_0000 / PAGE;
/// Guest pages whose fetches may currently be mapped to `EXIT_PAGE`.
pub(crate) const MAX_EXIT_PAGES: usize = 8;
const NO_SLOT: u32 = u32::MAX;
/// Zone id recorded for trap fills.
const TRAP_ZONE: u8 = 2;
/// Zone id recorded for exit-page fills.
const EXIT_ZONE: u8 = 3;
/// TLB fills remembered between flushes (to decide whether a flush is needed).
const MAX_FILLS: usize = 4096;

/// Access permissions of a region (same bits as Unicorn's `UC_PROT_*`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Perms(u8);

impl Perms {
    pub const NONE: Perms = Perms(0);
    pub const R: Perms = Perms(1);
    pub const W: Perms = Perms(2);
    pub const X: Perms = Perms(4);
    pub const RW: Perms = Perms(3);
    pub const RX: Perms = Perms(5);
    pub const RWX: Perms = Perms(7);

    pub const fn bits(self) -> u8 {
        self.0
    }

    pub const fn from_bits(b: u8) -> Perms {
        Perms(b & 7)
    }

    /// True if every permission of `other` is in `self`.
    pub const fn contains(self, other: Perms) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn union(self, other: Perms) -> Perms {
        Perms(self.0 | other.0)
    }
}

impl core::ops::BitOr for Perms {
    type Output = Perms;
    fn bitor(self, o: Perms) -> Perms {
        Perms(self.0 | o.0)
    }
}

impl core::fmt::Debug for Perms {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let c = |b: u8, ch: char| if self.0 & b != 0 { ch } else { '-' };
        write!(f, "{}{}{}", c(1, 'r'), c(2, 'w'), c(4, 'x'))
    }
}

/// Initial contents of a region at [`Sandbox::reset`](crate::Sandbox::reset).
#[derive(Clone, Copy, Debug, Default)]
pub enum Init<'a> {
    /// Zero-filled.
    #[default]
    Zero,
    /// These bytes at the start of the region, zeros after them.
    Bytes(&'a [u8]),
    /// Not populated until the guest touches it: the touched page is then
    /// zero-filled and counted against the materialisation cap.  Lazy regions
    /// cannot be executable.
    Lazy,
}

/// A memory region declared for a run.
#[derive(Clone, Copy, Debug)]
pub struct Region<'a> {
    pub addr: u64,
    pub len: u64,
    pub perms: Perms,
    /// Caller-chosen tag, reported in [`Stop::FetchFromNonExecutable`](crate::Stop).
    pub tag: u32,
    pub init: Init<'a>,
}

impl<'a> Region<'a> {
    /// A zero-filled region.
    pub fn new(addr: u64, len: u64, perms: Perms, tag: u32) -> Self {
        Region {
            addr,
            len,
            perms,
            tag,
            init: Init::Zero,
        }
    }

    /// A region holding exactly `bytes`.
    pub fn with_bytes(addr: u64, bytes: &'a [u8], perms: Perms, tag: u32) -> Self {
        Region {
            addr,
            len: bytes.len() as u64,
            perms,
            tag,
            init: Init::Bytes(bytes),
        }
    }

    /// Same region, initialised with `bytes` (zeros after them).
    pub fn init_bytes(mut self, bytes: &'a [u8]) -> Self {
        self.init = Init::Bytes(bytes);
        self
    }

    /// Same region, materialised on first touch.
    pub fn lazy(mut self) -> Self {
        self.init = Init::Lazy;
        self
    }
}

/// A region of the current layout (sorted, non-overlapping, inclusive end).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Decl {
    pub start: u64,
    pub last: u64,
    pub perms: Perms,
    pub tag: u32,
    pub lazy: bool,
    /// Index in the caller's slice (only meaningful during `reset`).
    pub src: usize,
}

#[derive(Default)]
pub(crate) struct Regions {
    pub v: Vec<Decl>,
}

impl Regions {
    fn build(&mut self, regions: &[Region], addr_bits: u32) -> Result<(), Error> {
        self.v.clear();
        let limit: u128 = 1u128 << addr_bits;
        for (index, r) in regions.iter().enumerate() {
            let bad = |reason| Error::InvalidRegion {
                index,
                addr: r.addr,
                len: r.len,
                reason,
            };
            if r.len == 0 {
                continue;
            }
            if r.addr as u128 + r.len as u128 > limit {
                return Err(bad("extends beyond the address space"));
            }
            let lazy = match r.init {
                Init::Bytes(b) if b.len() as u64 > r.len => {
                    return Err(bad("more initial bytes than the region holds"))
                }
                Init::Lazy if r.perms.contains(Perms::X) => {
                    return Err(bad("lazy regions cannot be executable"))
                }
                Init::Lazy => true,
                _ => false,
            };
            self.v.push(Decl {
                start: r.addr,
                last: r.addr + (r.len - 1),
                perms: r.perms,
                tag: r.tag,
                lazy,
                src: index,
            });
        }
        self.v.sort_unstable_by_key(|d| d.start);
        for w in self.v.windows(2) {
            if w[1].start <= w[0].last {
                return Err(Error::OverlappingRegions {
                    a: w[0].src.min(w[1].src),
                    b: w[0].src.max(w[1].src),
                });
            }
        }
        Ok(())
    }

    /// Index of the first region whose end is at or after `addr`.
    #[inline]
    fn lower_bound(&self, addr: u64) -> usize {
        self.v.partition_point(|d| d.last < addr)
    }

    /// The region containing `addr`.
    #[inline]
    pub fn find(&self, addr: u64) -> Option<&Decl> {
        let i = self.lower_bound(addr);
        self.v.get(i).filter(|d| d.start <= addr)
    }

    /// Regions intersecting `[lo, hi]`.
    #[inline]
    fn intersecting(&self, lo: u64, hi: u64) -> &[Decl] {
        let i = self.lower_bound(lo);
        let mut j = i;
        while j < self.v.len() && self.v[j].start <= hi {
            j += 1;
        }
        &self.v[i..j]
    }

    /// Does any declared region touch page `vpage`?
    pub fn page_declared(&self, vpage: u64) -> bool {
        let lo = vpage << PAGE_SHIFT;
        !self.intersecting(lo, lo | OFF_MASK).is_empty()
    }

    /// `None` if every byte of `[addr, addr+size)` is declared with at least
    /// `need`; otherwise the first offending byte.
    pub fn check(&self, addr: u64, size: u64, need: Perms) -> Option<u64> {
        if size == 0 {
            return None;
        }
        let last = addr.saturating_add(size - 1);
        let mut cur = addr;
        let mut i = self.lower_bound(cur);
        loop {
            let Some(d) = self.v.get(i) else {
                return Some(cur);
            };
            if d.start > cur || !d.perms.contains(need) {
                return Some(cur);
            }
            if d.last >= last {
                return None;
            }
            cur = d.last + 1;
            i += 1;
        }
    }
}

/// Summary of how the declared regions cover one page.
struct PageDesc {
    union: Perms,
    uniform: bool,
    lazy_any: bool,
}

fn page_desc(regions: &Regions, vpage: u64) -> PageDesc {
    let lo = vpage << PAGE_SHIFT;
    let hi = lo | OFF_MASK;
    let mut union = Perms::NONE;
    let mut covered = 0u64;
    let mut first: Option<Perms> = None;
    let mut same = true;
    let mut lazy_any = false;
    for d in regions.intersecting(lo, hi) {
        covered += d.last.min(hi) - d.start.max(lo) + 1;
        union = union | d.perms;
        match first {
            None => first = Some(d.perms),
            Some(p) if p != d.perms => same = false,
            _ => {}
        }
        lazy_any |= d.lazy;
    }
    PageDesc {
        union,
        uniform: same && covered == PAGE_SIZE,
        lazy_any,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum ZoneId {
    Plain = 0,
    Mixed = 1,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    vpage: u64,
    /// Bound to `vpage` in the cache map.
    cached: bool,
    /// Epoch of the last layout this slot was part of.
    active_epoch: u64,
    /// LRU stamp of the latest queue entry.
    stamp: u64,
    /// Was mapped executable since the last translation-block invalidation.
    maybe_tbs: bool,
    /// A TLB entry granting write access may exist (since the last TLB
    /// flush): the guest may have changed the contents.  Writable pages are
    /// first handed to the TLB without write permission; the first write
    /// fills again and sets this, so untouched writable pages need no
    /// rewrite at the next reset.
    w_granted: bool,
    /// Bytes outside `[nz.0, nz.1)` are known to be zero (unless
    /// `w_granted`): lets the reset compare only where data can be.
    nz: (u16, u16),
    /// Queued in `pending_inval`.
    pending_inval: bool,
}

struct Zone {
    base: u64,
    host: *mut u8,
    n: usize,
    slots: Vec<Slot>,
    free: Vec<u32>,
    lru: VecDeque<(u32, u64)>,
}

impl Zone {
    fn new(base: u64, n: usize) -> Zone {
        let host = if n == 0 {
            core::ptr::null_mut()
        } else {
            let layout = std::alloc::Layout::from_size_align(n * PAGE, PAGE).expect("pool layout");
            // Zeroed: the OS hands out untouched pages lazily.
            let p = unsafe { std::alloc::alloc_zeroed(layout) };
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            p
        };
        let slots = vec![Slot::default(); n];
        Zone {
            base,
            host,
            n,
            slots,
            free: (0..n as u32).rev().collect(),
            lru: VecDeque::with_capacity(2 * n + 64),
        }
    }

    #[inline]
    fn page(&self, s: u32) -> &[u8] {
        debug_assert!((s as usize) < self.n);
        unsafe { core::slice::from_raw_parts(self.host.add(s as usize * PAGE), PAGE) }
    }

    /// The host page of slot `s`.  The returned slice aliases the pool, not
    /// `self`: callers must not hold two of them for the same slot.
    #[inline]
    fn page_mut<'x>(&self, s: u32) -> &'x mut [u8] {
        assert!((s as usize) < self.n);
        unsafe { core::slice::from_raw_parts_mut(self.host.add(s as usize * PAGE), PAGE) }
    }

    #[inline]
    fn paddr(&self, s: u32) -> u64 {
        self.base + ((s as u64) << PAGE_SHIFT)
    }

    fn contains_paddr(&self, pa: u64) -> Option<u32> {
        if pa >= self.base && pa < self.base + ((self.n as u64) << PAGE_SHIFT) {
            Some(((pa - self.base) >> PAGE_SHIFT) as u32)
        } else {
            None
        }
    }
}

impl Drop for Zone {
    fn drop(&mut self) {
        if !self.host.is_null() {
            let layout = std::alloc::Layout::from_size_align(self.n * PAGE, PAGE).unwrap();
            unsafe { std::alloc::dealloc(self.host, layout) };
        }
    }
}

/// A page of the current layout.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Active {
    pub zone: ZoneId,
    pub slot: u32,
    /// Union of the permissions of the regions on the page.
    pub perms: Perms,
}

/// Access kind of a TLB fill.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Read,
    Write,
    Fetch,
}

/// Counters, for tuning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemStats {
    /// Pages whose contents were (re)written at reset.
    pub page_writes: u64,
    /// Pages whose contents were verified unchanged at reset.
    pub page_reuses: u64,
    /// Cached pages evicted to make room.
    pub evictions: u64,
    /// Lazy pages materialised by guest accesses.
    pub materialisations: u64,
    /// TLB fills handled.
    pub tlb_fills: u64,
}

pub(crate) struct Memory {
    pub regions: Regions,
    zones: [Zone; 2],
    subpage: bool,
    cache: Map<u64, (ZoneId, u32)>,
    pub active: Map<u64, Active>,
    epoch: u64,
    tick: u64,
    /// Slots with `w_granted` set.
    w_slots: Vec<(ZoneId, u32)>,
    /// Distinct TLB entries handed out since the last flush:
    /// `(vpage, zone, slot, perms)`; for traps `(vpage, TRAP_ZONE, k, kind)`.
    fills: Set<(u64, u8, u32, Perms)>,
    fills_overflow: bool,
    /// Trap page `k` stands for guest page `traps[k]`; `trap_of` is the
    /// inverse, so a page that keeps trapping (an exit sentinel) keeps its
    /// trap page and its TLB entry stays valid across runs.
    traps: [u64; TRAP_PAGES],
    trap_of: Map<u64, usize>,
    trap_next: usize,
    /// A trap page was reassigned while an old TLB entry may point to it.
    trap_reassigned: bool,
    /// Slots whose contents changed on the host side while they may hold
    /// translated code.
    pub pending_inval: Vec<(ZoneId, u32)>,
    /// Undeclared or non-executable byte ranges `[a, b]` on pages that
    /// are executable (mixed pages only).
    pub x_holes: Vec<(u64, u64)>,
    pub materialised: u64,
    pub materialise_cap: u64,
    pub cap_hit: Option<u64>,
    pub pool_exhausted: Option<u64>,
    /// During TB invalidation: `(vpage, paddr)` the TLB fill must grant.
    pub inval_override: Option<(u64, u64)>,
    pub stats: MemStats,
    addr_bits: u32,
    /// Pages with a TLB entry to `EXIT_PAGE` (valid until the next flush).
    pub exit_pages: [u64; MAX_EXIT_PAGES],
    pub n_exit: usize,
    /// Host memory of `EXIT_PAGE`.
    exit_host: Box<[u8]>,
}

#[inline]
fn is_zero(s: &[u8]) -> bool {
    let (pre, mid, post) = unsafe { s.align_to::<u128>() };
    pre.iter().all(|&b| b == 0) && mid.iter().all(|&w| w == 0) && post.iter().all(|&b| b == 0)
}

/// Initial-data segments `(page offset, bytes)` of page `[lo, hi]`.
fn for_each_data<'a>(
    decls: &[Decl],
    src: &[Region<'a>],
    lo: u64,
    hi: u64,
    mut f: impl FnMut(usize, &'a [u8]) -> bool,
) -> bool {
    for d in decls {
        if let Init::Bytes(b) = src[d.src].init {
            if b.is_empty() {
                continue;
            }
            let data_last = d.start + (b.len() as u64 - 1);
            let a = d.start.max(lo);
            let e = data_last.min(hi);
            if a > e {
                continue;
            }
            let bytes = &b[(a - d.start) as usize..=(e - d.start) as usize];
            if !f((a - lo) as usize, bytes) {
                return false;
            }
        }
    }
    true
}

impl Memory {
    /// `exit_insn`: the instruction pattern filling `EXIT_PAGE`.
    pub fn new(
        plain_pages: usize,
        mixed_pages: usize,
        subpage: bool,
        addr_bits: u32,
        exit_insn: &[u8],
    ) -> Memory {
        let mixed_pages = if subpage { mixed_pages } else { 0 };
        let mut exit_host = vec![0u8; 2 * PAGE].into_boxed_slice();
        for (i, b) in exit_host.iter_mut().enumerate() {
            *b = exit_insn[i % exit_insn.len()];
        }
        Memory {
            exit_pages: [0; MAX_EXIT_PAGES],
            n_exit: 0,
            exit_host,
            regions: Regions::default(),
            zones: [
                Zone::new(PLAIN_BASE, plain_pages),
                Zone::new(MIXED_BASE, mixed_pages),
            ],
            subpage: subpage && mixed_pages > 0,
            cache: Map::with_capacity_and_hasher(plain_pages + mixed_pages, Build::default()),
            active: Map::with_capacity_and_hasher(256, Build::default()),
            epoch: 0,
            tick: 0,
            fills: Set::with_capacity_and_hasher(256, Build::default()),
            w_slots: Vec::with_capacity(64),
            fills_overflow: false,
            traps: [0; TRAP_PAGES],
            trap_of: Map::with_capacity_and_hasher(TRAP_PAGES, Build::default()),
            trap_next: 0,
            trap_reassigned: false,
            pending_inval: Vec::with_capacity(64),
            x_holes: Vec::new(),
            materialised: 0,
            materialise_cap: u64::MAX,
            cap_hit: None,
            pool_exhausted: None,
            inval_override: None,
            stats: MemStats::default(),
            addr_bits,
        }
    }

    /// `(physical base, host pointer, pages)` of each pool, for mapping.
    pub fn pools(&self) -> [(u64, *mut u8, usize); 2] {
        [
            (self.zones[0].base, self.zones[0].host, self.zones[0].n),
            (self.zones[1].base, self.zones[1].host, self.zones[1].n),
        ]
    }

    /// Page-aligned host memory of `EXIT_PAGE`.
    pub fn exit_page_host(&mut self) -> *mut u8 {
        let p = self.exit_host.as_mut_ptr();
        let off = (PAGE - (p as usize % PAGE)) % PAGE;
        unsafe { p.add(off) }
    }

    pub fn subpage(&self) -> bool {
        self.subpage
    }

    /// Number of guest pages currently bound to a pool slot.
    pub fn cached_pages(&self) -> usize {
        self.cache.len()
    }

    /// Capacity of the pools, in pages.
    pub fn capacity(&self) -> usize {
        self.zones[0].n + self.zones[1].n
    }

    fn zone_name(z: ZoneId) -> &'static str {
        match z {
            ZoneId::Plain => "plain",
            ZoneId::Mixed => "mixed",
        }
    }

    /// Install a new layout.  Returns whether the TLB must be flushed
    /// before the next run.
    pub fn reset_layout(&mut self, src: &[Region]) -> Result<bool, Error> {
        self.regions.build(src, self.addr_bits)?;
        self.epoch += 1;
        self.active.clear();
        self.x_holes.clear();
        self.materialised = 0;
        self.cap_hit = None;
        self.pool_exhausted = None;
        for i in 0..self.regions.v.len() {
            let d = self.regions.v[i];
            if d.lazy {
                continue;
            }
            for vpage in (d.start >> PAGE_SHIFT)..=(d.last >> PAGE_SHIFT) {
                if !self.active.contains_key(&vpage) {
                    self.activate(vpage, src)?;
                }
            }
        }
        Ok(self.tlb_stale())
    }

    /// Whether a TLB entry handed out since the last flush no longer matches
    /// the current layout.
    fn tlb_stale(&self) -> bool {
        if self.fills_overflow || self.trap_reassigned || self.trap_of.len() > TRAP_PAGES / 2 {
            return true;
        }
        self.fills.iter().any(|&(vpage, z, s, p)| {
            let a = self.active.get(&vpage);
            if z == EXIT_ZONE {
                return !matches!(a, Some(a) if !a.perms.contains(Perms::X));
            }
            if z == TRAP_ZONE {
                // Still the same trap page, and the access kind still denied
                // (without materialising anything)?
                let denied = match a {
                    Some(a) => a.slot == NO_SLOT || !a.perms.contains(p),
                    None => p == Perms::X || !page_desc(&self.regions, vpage).lazy_any,
                };
                return !denied || self.traps[s as usize] != vpage;
            }
            // `p` is what the entry grants: still a subset of the page's
            // permissions?  (More permissions just cause another fill.)
            match a {
                Some(a) => a.zone as u8 != z || a.slot != s || !a.perms.contains(p),
                None => true,
            }
        })
    }

    /// The TLB was flushed.
    pub fn tlb_flushed(&mut self) {
        self.fills.clear();
        self.fills_overflow = false;
        self.trap_reassigned = false;
        self.n_exit = 0;
        for &(z, s) in &self.w_slots {
            self.zones[z as usize].slots[s as usize].w_granted = false;
        }
        self.w_slots.clear();
        if self.trap_of.len() > TRAP_PAGES / 2 {
            self.trap_of.clear();
        }
    }

    fn record_fill(&mut self, f: (u64, u8, u32, Perms)) {
        if self.fills.len() < MAX_FILLS {
            self.fills.insert(f);
        } else if !self.fills.contains(&f) {
            self.fills_overflow = true;
        }
    }

    fn zone_for(&self, uniform: bool) -> ZoneId {
        if uniform || !self.subpage {
            ZoneId::Plain
        } else {
            ZoneId::Mixed
        }
    }

    fn activate(&mut self, vpage: u64, src: &[Region]) -> Result<(), Error> {
        let desc = page_desc(&self.regions, vpage);
        let zone = self.zone_for(desc.uniform);
        if desc.union == Perms::NONE {
            self.active.insert(
                vpage,
                Active {
                    zone,
                    slot: NO_SLOT,
                    perms: Perms::NONE,
                },
            );
            return Ok(());
        }
        let slot = self.alloc(zone, vpage, false).ok_or(Error::PageBudget {
            zone: Self::zone_name(zone),
            budget: self.zones[zone as usize].n,
        })?;
        let lo = vpage << PAGE_SHIFT;
        let hi = lo | OFF_MASK;
        let z = &mut self.zones[zone as usize];
        let decls = self.regions.intersecting(lo, hi);
        let sl = z.slots[slot as usize];
        let page = z.page_mut(slot);
        let unchanged = if sl.w_granted && !sl.maybe_tbs {
            false
        } else {
            // Compare: data segments equal, zeros everywhere else (only
            // where non-zero bytes can be).
            let nz = if sl.w_granted {
                (0, PAGE)
            } else {
                (sl.nz.0 as usize, sl.nz.1 as usize)
            };
            let zero = |a: usize, b: usize| {
                let (a, b) = (a.max(nz.0), b.min(nz.1));
                a >= b || is_zero(&page[a..b])
            };
            let mut cur = 0usize;
            let same = for_each_data(decls, src, lo, hi, |off, bytes| {
                let ok = zero(cur, off) && &page[off..off + bytes.len()] == bytes;
                cur = off + bytes.len();
                ok
            });
            same && zero(cur, PAGE)
        };
        let sl = &mut z.slots[slot as usize];
        if unchanged {
            self.stats.page_reuses += 1;
        } else {
            let nz = if sl.w_granted {
                (0, PAGE)
            } else {
                (sl.nz.0 as usize, sl.nz.1 as usize)
            };
            if nz.0 < nz.1 {
                page[nz.0..nz.1].fill(0);
            }
            let mut ext = (PAGE, 0usize);
            for_each_data(decls, src, lo, hi, |off, bytes| {
                page[off..off + bytes.len()].copy_from_slice(bytes);
                ext = (ext.0.min(off), ext.1.max(off + bytes.len()));
                true
            });
            sl.nz = if ext.0 < ext.1 {
                (ext.0 as u16, ext.1 as u16)
            } else {
                (0, 0)
            };
            if sl.maybe_tbs && !sl.pending_inval {
                sl.pending_inval = true;
                self.pending_inval.push((zone, slot));
            }
            self.stats.page_writes += 1;
        }
        if desc.union.contains(Perms::X) {
            sl.maybe_tbs = true;
        }
        sl.active_epoch = self.epoch;
        self.active.insert(
            vpage,
            Active {
                zone,
                slot,
                perms: desc.union,
            },
        );
        if desc.union.contains(Perms::X) && !desc.uniform {
            self.add_x_holes(lo, hi);
        }
        Ok(())
    }

    fn add_x_holes(&mut self, lo: u64, hi: u64) {
        let mut cur = lo;
        let mut holes: [(u64, u64); 8] = [(0, 0); 8];
        let mut n = 0;
        let push = |a: u64, b: u64, holes: &mut [(u64, u64); 8], n: &mut usize| {
            if *n > 0 && holes[*n - 1].1 + 1 == a {
                holes[*n - 1].1 = b;
            } else if *n < holes.len() {
                holes[*n] = (a, b);
                *n += 1;
            } else {
                holes[*n - 1].1 = b; // coarse, but never misses a hole
            }
        };
        for d in self.regions.intersecting(lo, hi) {
            let a = d.start.max(lo);
            let b = d.last.min(hi);
            if a > cur {
                push(cur, a - 1, &mut holes, &mut n);
            }
            if !d.perms.contains(Perms::X) {
                push(a, b, &mut holes, &mut n);
            }
            cur = b.wrapping_add(1);
        }
        if cur <= hi && cur != 0 {
            push(cur, hi, &mut holes, &mut n);
        }
        self.x_holes.extend_from_slice(&holes[..n]);
    }

    /// Bind a slot of `zone` to `vpage`: its cached slot if any, else a free
    /// one, else the least recently used page not in the current layout.
    /// `need_clean`: the slot must not hold translated code (used from inside
    /// the emulation, where translation blocks cannot be invalidated).
    fn alloc(&mut self, zone: ZoneId, vpage: u64, need_clean: bool) -> Option<u32> {
        if let Some(&(z, s)) = self.cache.get(&vpage) {
            let sl = &self.zones[z as usize].slots[s as usize];
            if z == zone && (!need_clean || !sl.maybe_tbs) {
                self.touch(zone, s);
                return Some(s);
            }
            self.cache.remove(&vpage);
            let zz = &mut self.zones[z as usize];
            zz.slots[s as usize].cached = false;
            zz.free.push(s);
        }
        let epoch = self.epoch;
        let z = &mut self.zones[zone as usize];
        let mut slot = None;
        if need_clean {
            if let Some(i) = z.free.iter().rposition(|&s| !z.slots[s as usize].maybe_tbs) {
                slot = Some(z.free.swap_remove(i));
            }
        } else {
            slot = z.free.pop();
        }
        if slot.is_none() {
            // Evict the least recently used page that is not in the layout.
            let mut budget = z.lru.len();
            while budget > 0 {
                budget -= 1;
                let Some((s, stamp)) = z.lru.pop_front() else {
                    break;
                };
                let sl = &z.slots[s as usize];
                if !sl.cached || sl.stamp != stamp {
                    continue; // stale queue entry
                }
                if sl.active_epoch == epoch || (need_clean && sl.maybe_tbs) {
                    z.lru.push_back((s, stamp));
                    continue;
                }
                let old = sl.vpage;
                z.slots[s as usize].cached = false;
                self.cache.remove(&old);
                self.stats.evictions += 1;
                slot = Some(s);
                break;
            }
        }
        let s = slot?;
        let z = &mut self.zones[zone as usize];
        let sl = &mut z.slots[s as usize];
        sl.vpage = vpage;
        sl.cached = true;
        self.cache.insert(vpage, (zone, s));
        self.touch(zone, s);
        Some(s)
    }

    fn touch(&mut self, zone: ZoneId, s: u32) {
        self.tick += 1;
        let z = &mut self.zones[zone as usize];
        z.slots[s as usize].stamp = self.tick;
        z.lru.push_back((s, self.tick));
        if z.lru.len() > 2 * z.n + 64 {
            let slots = &z.slots;
            z.lru
                .retain(|&(s, st)| slots[s as usize].cached && slots[s as usize].stamp == st);
        }
    }

    /// Zero-fill and activate a page of a lazy region.  `count`: charge it to
    /// the materialisation cap (guest accesses do, host writes do not).
    fn materialise(&mut self, vpage: u64, count: bool) -> Option<Active> {
        let desc = page_desc(&self.regions, vpage);
        if !desc.lazy_any {
            return None;
        }
        let zone = self.zone_for(desc.uniform);
        if desc.union == Perms::NONE {
            let a = Active {
                zone,
                slot: NO_SLOT,
                perms: Perms::NONE,
            };
            self.active.insert(vpage, a);
            return Some(a);
        }
        if count && self.materialised.saturating_add(PAGE_SIZE) > self.materialise_cap {
            self.cap_hit = Some(vpage);
            return None;
        }
        let Some(slot) = self.alloc(zone, vpage, true) else {
            self.pool_exhausted = Some(vpage);
            return None;
        };
        let epoch = self.epoch;
        let z = &mut self.zones[zone as usize];
        let sl = &mut z.slots[slot as usize];
        let nz = if sl.w_granted {
            (0, PAGE)
        } else {
            (sl.nz.0 as usize, sl.nz.1 as usize)
        };
        if nz.0 < nz.1 {
            z.page_mut(slot)[nz.0..nz.1].fill(0);
        }
        let sl = &mut z.slots[slot as usize];
        sl.nz = (0, 0);
        sl.active_epoch = epoch;
        if count {
            self.materialised += PAGE_SIZE;
            self.stats.materialisations += 1;
        }
        let a = Active {
            zone,
            slot,
            perms: desc.union,
        };
        self.active.insert(vpage, a);
        Some(a)
    }

    /// A TLB entry that makes the access fault with its exact address: an
    /// unmapped physical page, granting only the denied access kind (so that
    /// other, allowed, kinds still reach `tlb_fill`).
    fn trap(&mut self, vpage: u64, kind: Perms) -> (u64, u8) {
        let k = match self.trap_of.get(&vpage) {
            Some(&k) => k,
            None => {
                let k = self.trap_next;
                self.trap_next = (k + 1) % TRAP_PAGES;
                let old = self.traps[k];
                if self.trap_of.get(&old) == Some(&k) {
                    self.trap_of.remove(&old);
                    self.trap_reassigned = true;
                }
                self.traps[k] = vpage;
                self.trap_of.insert(vpage, k);
                k
            }
        };
        self.record_fill((vpage, TRAP_ZONE, k as u32, kind));
        (TRAP_BASE + ((k as u64) << PAGE_SHIFT), kind.bits())
    }

    /// Physical address for `vaddr` inside the 4 KiB page at `page_pa`.
    /// Unicorn's own page may be smaller (AArch64 targets default to 1 KiB
    /// pages), in which case `vaddr` is that smaller page's address.
    #[inline]
    fn sub(page_pa: u64, vaddr: u64) -> u64 {
        page_pa | (vaddr & OFF_MASK)
    }

    /// The TLB-fill decision for `vaddr`: `(physical page, UC_PROT bits)`.
    #[inline]
    pub fn tlb_fill(&mut self, vaddr: u64, kind: Kind) -> (u64, u8) {
        self.stats.tlb_fills += 1;
        let vpage = vaddr >> PAGE_SHIFT;
        if let Some((vp, pa)) = self.inval_override {
            if vp == vpage {
                return (Self::sub(pa, vaddr), Perms::RWX.bits());
            }
        }
        let need = match kind {
            Kind::Read => Perms::R,
            Kind::Write => Perms::W,
            Kind::Fetch => Perms::X,
        };
        let a = match self.active.get(&vpage) {
            Some(a) => *a,
            // Lazy regions are never executable: a fetch never materialises.
            // An undeclared page goes to the exit page like a declared
            // non-executable one, so that the translator's look-ahead past
            // the end of the code (QEMU decodes a whole block before running
            // it) does not fault; the code hook stops the run only if an
            // instruction there is actually about to execute.
            None if kind == Kind::Fetch => {
                if let Some(e) = self.exit_mapping(vpage, vaddr) {
                    return e;
                }
                return self.trap_at(vaddr, need);
            }
            None => match self.materialise(vpage, true) {
                Some(a) => a,
                None => return self.trap_at(vaddr, need),
            },
        };
        if a.slot == NO_SLOT || !a.perms.contains(need) {
            if kind == Kind::Fetch && !a.perms.contains(Perms::X) {
                if let Some(e) = self.exit_mapping(vpage, vaddr) {
                    return e;
                }
            }
            return self.trap_at(vaddr, need);
        }
        let mut grant = a.perms;
        if grant.contains(Perms::W) {
            let sl = &mut self.zones[a.zone as usize].slots[a.slot as usize];
            if kind == Kind::Write {
                if !sl.w_granted {
                    sl.w_granted = true;
                    self.w_slots.push((a.zone, a.slot));
                }
            } else if !sl.w_granted {
                grant = Perms::from_bits(grant.bits() & !Perms::W.bits());
            }
        }
        self.record_fill((vpage, a.zone as u8, a.slot, grant));
        (
            Self::sub(self.zones[a.zone as usize].paddr(a.slot), vaddr),
            grant.bits(),
        )
    }

    /// Fetch from a declared, non-executable page: map it to `EXIT_PAGE`
    /// (see the module documentation) if there is room in `exit_pages`.
    fn exit_mapping(&mut self, vpage: u64, vaddr: u64) -> Option<(u64, u8)> {
        if !self.exit_pages[..self.n_exit].contains(&vpage) {
            if self.n_exit == MAX_EXIT_PAGES {
                return None;
            }
            self.exit_pages[self.n_exit] = vpage;
            self.n_exit += 1;
        }
        self.record_fill((vpage, EXIT_ZONE, 0, Perms::X));
        Some((Self::sub(EXIT_PAGE, vaddr), Perms::X.bits()))
    }

    /// Is `vaddr` on a page whose fetches go to `EXIT_PAGE`?
    #[inline]
    pub fn is_exit(&self, vaddr: u64) -> bool {
        self.exit_pages[..self.n_exit].contains(&(vaddr >> PAGE_SHIFT))
    }

    fn trap_at(&mut self, vaddr: u64, kind: Perms) -> (u64, u8) {
        let (pa, p) = self.trap(vaddr >> PAGE_SHIFT, kind);
        (Self::sub(pa, vaddr), p)
    }

    /// Guest virtual address of a physical address handed out by `tlb_fill`.
    #[inline]
    pub fn phys_to_virt(&self, pa: u64) -> Option<u64> {
        let off = pa & OFF_MASK;
        if (TRAP_BASE..TRAP_BASE + ((TRAP_PAGES as u64) << PAGE_SHIFT)).contains(&pa) {
            let k = ((pa - TRAP_BASE) >> PAGE_SHIFT) as usize;
            return Some((self.traps[k] << PAGE_SHIFT) | off);
        }
        for z in &self.zones {
            if let Some(s) = z.contains_paddr(pa) {
                return Some((z.slots[s as usize].vpage << PAGE_SHIFT) | off);
            }
        }
        None
    }

    /// For the mixed-zone access hook: the guest address of the access if
    /// it is not entirely inside declared regions with permission `need`.
    #[inline]
    pub fn precise_violation(&self, pa: u64, size: u64, need: Perms) -> Option<u64> {
        let s = self.zones[ZoneId::Mixed as usize].contains_paddr(pa)?;
        let vaddr = (self.zones[1].slots[s as usize].vpage << PAGE_SHIFT) | (pa & OFF_MASK);
        self.regions.check(vaddr, size, need).map(|_| vaddr)
    }

    /// `(zone, slot, vpage, executable in the layout)` of the pending
    /// invalidations; clears the queue.
    pub fn take_pending(&mut self, out: &mut Vec<(u64, u64, bool)>) {
        out.clear();
        for i in 0..self.pending_inval.len() {
            let (zone, s) = self.pending_inval[i];
            let z = &mut self.zones[zone as usize];
            let sl = &mut z.slots[s as usize];
            sl.pending_inval = false;
            let vpage = sl.vpage;
            let x = matches!(self.active.get(&vpage),
                Some(a) if a.zone == zone && a.slot == s && a.perms.contains(Perms::X));
            if !x {
                sl.maybe_tbs = false;
            }
            out.push((vpage, z.paddr(s), x));
        }
        self.pending_inval.clear();
    }

    // ---- host-side access -------------------------------------------------

    fn check_declared(&self, addr: u64, len: usize) -> Result<(), Error> {
        if len == 0 {
            return Ok(());
        }
        if self.regions.check(addr, len as u64, Perms::NONE).is_some()
            || addr.checked_add(len as u64 - 1).is_none()
        {
            return Err(Error::NotDeclared {
                addr,
                len: len as u64,
            });
        }
        Ok(())
    }

    /// Copy guest memory into `out` (zeros for pages not materialised).
    pub fn read(&self, addr: u64, out: &mut [u8]) -> Result<(), Error> {
        self.check_declared(addr, out.len())?;
        let mut done = 0usize;
        while done < out.len() {
            let a = addr + done as u64;
            let off = (a & OFF_MASK) as usize;
            let n = (PAGE - off).min(out.len() - done);
            let dst = &mut out[done..done + n];
            match self.active.get(&(a >> PAGE_SHIFT)) {
                Some(act) if act.slot != NO_SLOT => {
                    dst.copy_from_slice(
                        &self.zones[act.zone as usize].page(act.slot)[off..off + n],
                    );
                }
                _ => dst.fill(0),
            }
            done += n;
        }
        Ok(())
    }

    /// Write guest memory (ignores permissions; materialises lazy pages
    /// without charging the cap).
    pub fn write(&mut self, addr: u64, data: &[u8]) -> Result<(), Error> {
        self.check_declared(addr, data.len())?;
        let mut done = 0usize;
        while done < data.len() {
            let a = addr + done as u64;
            let vpage = a >> PAGE_SHIFT;
            let off = (a & OFF_MASK) as usize;
            let n = (PAGE - off).min(data.len() - done);
            let act = match self.active.get(&vpage) {
                Some(act) if act.slot != NO_SLOT => *act,
                Some(act) => {
                    // A page with no access rights: back it anyway.
                    let zone = act.zone;
                    let Some(slot) = self.alloc(zone, vpage, false) else {
                        return Err(Error::PageBudget {
                            zone: Self::zone_name(zone),
                            budget: self.zones[zone as usize].n,
                        });
                    };
                    let epoch = self.epoch;
                    let z = &mut self.zones[zone as usize];
                    z.page_mut(slot).fill(0);
                    let sl = &mut z.slots[slot as usize];
                    sl.nz = (0, 0);
                    sl.active_epoch = epoch;
                    if sl.maybe_tbs && !sl.pending_inval {
                        sl.pending_inval = true;
                        self.pending_inval.push((zone, slot));
                    }
                    let new = Active {
                        zone,
                        slot,
                        perms: Perms::NONE,
                    };
                    self.active.insert(vpage, new);
                    new
                }
                None => match self.materialise(vpage, false) {
                    Some(act) if act.slot != NO_SLOT => act,
                    _ => {
                        return Err(Error::PageBudget {
                            zone: "lazy",
                            budget: self.capacity(),
                        })
                    }
                },
            };
            let z = &mut self.zones[act.zone as usize];
            z.page_mut(act.slot)[off..off + n].copy_from_slice(&data[done..done + n]);
            let sl = &mut z.slots[act.slot as usize];
            sl.nz = if sl.nz.0 < sl.nz.1 {
                (sl.nz.0.min(off as u16), sl.nz.1.max((off + n) as u16))
            } else {
                (off as u16, (off + n) as u16)
            };
            if sl.maybe_tbs && !sl.pending_inval {
                sl.pending_inval = true;
                self.pending_inval.push((act.zone, act.slot));
            }
            done += n;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mem(plain: usize, mixed: usize) -> Memory {
        Memory::new(plain, mixed, true, 64, &[0xf4])
    }

    #[test]
    fn perms_format_and_contains() {
        assert_eq!(format!("{:?}", Perms::RX), "r-x");
        assert_eq!(format!("{:?}", Perms::NONE), "---");
        assert!(Perms::RWX.contains(Perms::RW));
        assert!(!Perms::R.contains(Perms::W));
        assert!(Perms::R.contains(Perms::NONE));
        assert_eq!(Perms::R | Perms::X, Perms::RX);
    }

    #[test]
    fn region_check_is_byte_precise() {
        let mut r = Regions::default();
        r.build(
            &[
                Region::new(0x1000, 0x10, Perms::RW, 1),
                Region::new(0x1010, 0x10, Perms::R, 2),
                Region::new(0x1030, 0x10, Perms::RW, 3),
            ],
            64,
        )
        .unwrap();
        assert_eq!(r.check(0x1000, 0x20, Perms::R), None);
        assert_eq!(r.check(0x1000, 0x20, Perms::W), Some(0x1010));
        assert_eq!(r.check(0x100c, 8, Perms::R), None);
        assert_eq!(r.check(0x101c, 8, Perms::R), Some(0x1020));
        assert_eq!(r.check(0x0fff, 1, Perms::NONE), Some(0x0fff));
        assert_eq!(r.check(0x1040, 1, Perms::NONE), Some(0x1040));
        assert_eq!(r.find(0x1035).map(|d| d.tag), Some(3));
        assert!(r.find(0x1025).is_none());
        let mut top = Regions::default();
        top.build(&[Region::new(u64::MAX - 0xfff, 0x1000, Perms::R, 9)], 64)
            .unwrap();
        assert_eq!(top.check(u64::MAX - 7, 8, Perms::R), None);
    }

    #[test]
    fn layout_classifies_pages_and_finds_executable_holes() {
        let mut m = mem(8, 8);
        let code = [0x90u8; 0x10];
        m.reset_layout(&[
            Region::with_bytes(0x1000, &code, Perms::RX, 1),
            Region::new(0x1080, 0x10, Perms::R, 2),
            Region::new(0x3000, 0x2000, Perms::RW, 3),
            Region::new(0x10_0000, 0x1000, Perms::NONE, 4),
        ])
        .unwrap();
        let a = m.active[&1];
        assert_eq!((a.zone, a.perms), (ZoneId::Mixed, Perms::RX));
        assert_eq!(m.active[&3].zone, ZoneId::Plain);
        assert_eq!(m.active[&4].perms, Perms::RW);
        assert_eq!(m.active[&0x100].slot, NO_SLOT);
        assert_eq!(m.x_holes, vec![(0x1010, 0x1fff)]);
        // Physical addresses map back to guest addresses.
        let (pa, perms) = m.tlb_fill(0x1004, Kind::Fetch);
        assert_eq!(perms, Perms::RX.bits());
        assert_eq!(m.phys_to_virt(pa + 4), Some(0x1008));
        // Writable pages are first granted without write permission.
        let (_, perms) = m.tlb_fill(0x3000, Kind::Read);
        assert_eq!(perms, Perms::R.bits());
        let (_, perms) = m.tlb_fill(0x3000, Kind::Write);
        assert_eq!(perms, Perms::RW.bits());
        // Denied accesses get a trap page that maps back exactly.
        let (pa, perms) = m.tlb_fill(0x7000, Kind::Write);
        assert_eq!(perms, Perms::W.bits());
        assert!(pa >= TRAP_BASE);
        assert_eq!(m.phys_to_virt(pa | 0x123), Some(0x7123));
        // Fetching the r-- page goes to the exit page.
        let (pa, _) = m.tlb_fill(0x10_0000, Kind::Fetch);
        assert_eq!(pa, EXIT_PAGE);
        assert!(m.is_exit(0x10_0010));
    }

    #[test]
    fn least_recently_used_pages_are_evicted() {
        let mut m = mem(2, 0);
        let page = |a: u64| [Region::new(a, 0x10, Perms::RW, 0)];
        m.reset_layout(&page(0xa000)).unwrap();
        m.reset_layout(&page(0xb000)).unwrap();
        m.reset_layout(&page(0xa000)).unwrap(); // a is now the most recent
        m.reset_layout(&page(0xc000)).unwrap(); // evicts b
        assert!(m.cache.contains_key(&0xa));
        assert!(!m.cache.contains_key(&0xb));
        assert!(m.cache.contains_key(&0xc));
        assert_eq!(m.cached_pages(), 2);
        assert_eq!(m.stats.evictions, 1);
        // A layout bigger than the pool is refused.
        assert!(matches!(
            m.reset_layout(&[Region::new(0x10_0000, 3 * PAGE_SIZE, Perms::R, 0)]),
            Err(Error::PageBudget { .. })
        ));
    }

    #[test]
    fn unchanged_pages_are_not_rewritten() {
        let mut m = mem(4, 4);
        let code = [1u8, 2, 3, 4];
        let r = [Region::with_bytes(0x5000, &code, Perms::RX, 0)];
        m.reset_layout(&r).unwrap();
        assert_eq!(m.stats.page_writes, 1);
        m.take_pending(&mut Vec::new());
        m.reset_layout(&r).unwrap();
        assert_eq!(m.stats.page_writes, 1);
        assert!(m.pending_inval.is_empty());
        let code2 = [1u8, 2, 3, 5];
        m.reset_layout(&[Region::with_bytes(0x5000, &code2, Perms::RX, 0)])
            .unwrap();
        assert_eq!(m.stats.page_writes, 2);
        // It held executable code: its translations must be invalidated.
        assert_eq!(m.pending_inval.len(), 1);
        let mut out = [0u8; 4];
        m.read(0x5000, &mut out).unwrap();
        assert_eq!(out, code2);
    }
}
