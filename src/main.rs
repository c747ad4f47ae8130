fn main() {
    std::process::exit(gh_debussy_sync::cli::main());
}
