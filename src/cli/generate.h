// The reference page claims(1) and the bash and zsh completions, written from the command
// line's own definition (the CLI::App that parses it), so that --help, the manual and tab
// completion name the same subcommands and options and cannot drift apart.
//
// `claims --generate man` prints the page; the build runs it to install share/man/man1/
// claims.1 and the completion scripts. What an App cannot say (the values an option takes,
// the sections of a manual past its options) is given beside it:
//
//   OptionChoices choices;
//   choices[app.get_option("--format")] = {"tsv", "csv", "jsonl"};
//   write_bash_completion(std::cout, app, choices);
#pragma once

#include <CLI/CLI.hpp>

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace claims::cli {

// The values an option takes, completed after it and listed in the manual; an option that
// names a file (type name FILE or PATH) completes file names instead.
using OptionChoices = std::map<const CLI::Option*, std::vector<std::string>>;

// A section of the manual past the options: a title ("EXIT STATUS") and its entries, each a
// term and what it means; an entry with an empty term is a paragraph.
struct ManSection {
  std::string title;
  std::vector<std::pair<std::string, std::string>> entries;
};

struct ManPage {
  std::string version;               // "claims 0.1.0"
  std::string summary;               // the NAME line after "claims - "
  std::vector<ManSection> sections;  // after OPTIONS and COMMANDS, in order
};

// man(7) source of the page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, then one part per
// subcommand (its description, options and examples, that is its footer), then `page`'s
// sections, with EXAMPLES (the app's footer) before SEE ALSO.
void write_man_page(std::ostream& out, const CLI::App& app, const OptionChoices& choices,
                    const ManPage& page);

// A bash script that completes the subcommands, the options of the command typed so far,
// the values of the options of `choices`, and file names. Needs nothing but bash.
void write_bash_completion(std::ostream& out, const CLI::App& app, const OptionChoices& choices);

// The same for zsh (a #compdef function for a folder of $fpath).
void write_zsh_completion(std::ostream& out, const CLI::App& app, const OptionChoices& choices);

// An option's names with their dashes, short ones first: {"-j", "--jobs"}.
std::vector<std::string> option_names_of(const CLI::Option& option);

// The names of `command`'s subcommands, in the order they were declared.
std::vector<std::string> subcommand_names(const CLI::App& command);

// Every option name of `command` (long and short, with their dashes), --help included: what
// the manual and the completions list for it.
std::vector<std::string> option_names(const CLI::App& command);

}  // namespace claims::cli
