use pyprep_app::catalog;
use pyprep_core::{Area, Kind};

use super::{context, print_json};

/// `pyprep areas`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON object: counts per area and kind, and totals.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let counts = catalog::areas(ctx.bank());
    if a.json {
        print_json(&counts)?;
        return Ok(0);
    }
    print!("{:<16}", "area");
    for k in Kind::ALL {
        print!("{:>11}", k.as_str());
    }
    println!("{:>8}", "total");
    for area in Area::ALL {
        let row = &counts["areas"][area.as_str()];
        print!("{:<16}", area.as_str());
        for k in Kind::ALL {
            print!("{:>11}", row[k.as_str()].as_u64().unwrap_or(0));
        }
        println!("{:>8}", row["total"].as_u64().unwrap_or(0));
    }
    print!("{:<16}", "total");
    for k in Kind::ALL {
        print!("{:>11}", counts["totals"][k.as_str()].as_u64().unwrap_or(0));
    }
    println!("{:>8}", counts["total"].as_u64().unwrap_or(0));
    Ok(0)
}
