//! Rebuild when the embedded content changes.
fn main() {
    println!("cargo:rerun-if-changed=../../content");
}
