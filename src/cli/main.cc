// The `claims` command: parsing and wiring only; the work is in the library.
#include <CLI/CLI.hpp>

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "check/check.h"
#include "check/rule_tests.h"
#include "cli/generate.h"
#include "cli/progress.h"
#include "cli/suggest.h"
#include "compare/clusters.h"
#include "compare/html_report.h"
#include "compare/tables.h"
#include "explain/explain.h"
#include "extract/extractor.h"
#include "input/articles.h"
#include "input/input_list.h"
#include "output/fields.h"
#include "output/output_file.h"
#include "output/row_filter.h"
#include "output/writer.h"
#include "pipeline/number_layer.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/pipeline.h"
#include "rules/lint.h"
#include "rules/rule_set.h"
#include "text/decoder.h"

namespace {

constexpr int kClaimsFound = 0;
constexpr int kNoClaims = 1;
constexpr int kError = 2;

using claims::cli::OptionChoices;

// An option that takes one of `values`: checked when parsed, listed in the manual and
// completed by the shell.
CLI::Option* add_choice_option(CLI::App& app, const std::string& name, std::string& value,
                               std::vector<std::string> values, const std::string& help,
                               OptionChoices& choices) {
  CLI::Option* option =
      app.add_option(name, value, help)->check(CLI::IsMember(values))->capture_default_str();
  choices[option] = std::move(values);
  return option;
}

struct RuleOptions {
  std::vector<std::string> paths;
  bool no_defaults = false;
};

void add_rule_options(CLI::App& app, RuleOptions& options) {
  app.add_option("--rules", options.paths,
                 "Add rule files: a .toml file or a folder of them; repeatable\n"
                 "(e.g. --rules my-rules/ --rules extra.toml)")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_flag("--no-default-rules", options.no_defaults,
               "Use only the rules given with --rules, not the built-in set\n"
               "(e.g. --no-default-rules --rules my-rules/)");
}

bool lang_known(const claims::RuleSet& rules, const std::string& lang);

// Loads and compiles the rules, and checks that they know `lang` (--lang); prints every
// problem as FILE:LINE: message.
bool load_rules(const RuleOptions& options, claims::RuleSet& rules,
                const std::string& lang = "auto") {
  std::vector<claims::Diagnostic> errors;
  if (!options.no_defaults) rules.add_defaults(errors);
  for (const auto& path : options.paths) rules.add_path(path, errors);
  if (errors.empty()) rules.compile(errors);
  for (const auto& error : errors) std::cerr << error.str() << '\n';
  if (errors.empty() && rules.rules().empty()) {
    std::cerr << "claims: no rules to run (--no-default-rules without --rules)\n";
    return false;
  }
  return errors.empty() && lang_known(rules, lang);
}

// Whether the rules know `lang` (or it is auto); else says so.
bool lang_known(const claims::RuleSet& rules, const std::string& lang) {
  if (lang == "auto" || rules.lexicon(lang) != nullptr) return true;
  std::string known;
  for (const auto& code : rules.languages()) known += " " + code;
  std::cerr << "claims: --lang " << lang << ": no rules for this language (known: auto" << known
            << ")\n";
  return false;
}

// How the inputs are found and read: the options every command that reads articles takes.
struct InputFlags {
  std::vector<std::string> files;
  claims::InputListOptions list;
  std::string files_from;
  bool null_separated = false;
  claims::InputOptions read;
  std::string input_format = "text";  // --input: text, or jsonl (one article a record)
  claims::ArticleInputOptions articles;
  bool quiet = false;                        // -q: no progress line and no notes, only errors
  const CLI::Option* field_options[2] = {};  // --text-field, --id-field
  std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
};

// `threads`: whether the command matches on several threads (-j); compare reads on one.
void add_input_options(CLI::App& app, InputFlags& flags, OptionChoices& choices,
                       bool threads = true) {
  app.add_flag("-r,--recursive", flags.list.recursive,
               "Read the files below each folder given (*.txt and *.md unless --glob)\n"
               "(e.g. claims -r archive/)");
  app.add_option("--glob", flags.list.globs,
                 "With -r: names of the files to read, a shell pattern; repeatable\n"
                 "(e.g. --glob '*.text' --glob '*.txt')")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  app.add_option("--files-from", flags.files_from,
                 "Read the inputs named in FILE, one a line (- is standard input)\n"
                 "(e.g. find . -name '*.txt' | claims --files-from -)")
      ->type_name("FILE");
  app.add_flag("--null", flags.null_separated,
               "With --files-from: names are separated by NUL bytes (find -print0)");
  CLI::Option* encoding =
      app.add_option("--encoding", flags.read.stream.encoding,
                     "Charset of the inputs: auto (BOM, else UTF-8 when valid, else ICU's\n"
                     "detector, which stderr names) or any name ICU knows (e.g. --encoding latin1)")
          ->type_name("NAME")
          ->capture_default_str();
  choices[encoding] = {"auto"};
  for (auto& name : claims::charset_names())  // "ISO_2022,locale=ja,version=0" is no word
    if (name.find_first_of("=,") == std::string::npos) choices[encoding].push_back(std::move(name));
  app.add_flag("--strict-encoding", flags.read.stream.strict_encoding,
               "A byte that is invalid in the charset is an error for that file, instead of\n"
               "being read as U+FFFD with a warning");
  app.add_flag("--text", flags.read.stream.binary_as_text,
               "Read files with NUL bytes as text too, instead of skipping them as binary");
  app.add_flag("-q,--quiet", flags.quiet,
               "No progress line and no notes (a charset guessed, a record skipped); errors\n"
               "are still reported");
  add_choice_option(app, "--input", flags.input_format, {"text", "jsonl"},
                    "What an input holds: text (one article), or jsonl (JSON Lines: one\n"
                    "article a record, named by its id; e.g. cat dump.jsonl | claims --input "
                    "jsonl -)",
                    choices);
  flags.field_options[0] =
      app.add_option("--text-field", flags.articles.fields.text,
                     "With --input jsonl: the member that holds the article's text")
          ->type_name("NAME")
          ->capture_default_str();
  flags.field_options[1] =
      app.add_option("--id-field", flags.articles.fields.id,
                     "With --input jsonl: the member that names the article (its rows' source;\n"
                     "INPUT:LINE when a record has none)")
          ->type_name("NAME")
          ->capture_default_str();
  if (threads)
    app.add_option("-j,--jobs", flags.jobs,
                   "Threads that match text; the output is the same for any number\n"
                   "(default: the number of cores; e.g. -j 1)")
        ->check(CLI::Range(1, 256))
        ->type_name("N");
  app.add_option("--block-size", flags.read.stream.block_size,
                 "How much text is read and matched at a time; memory grows with it\n"
                 "(default 256K; e.g. --block-size 1M)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{4096}, std::size_t{1} << 30))
      ->type_name("BYTES");
}

// Why the flags of --input cannot be honoured together, or "": a JSON Lines file is UTF-8
// text by definition, and the member names mean nothing in a text file.
std::string article_flags_problem(const InputFlags& flags) {
  const std::string& encoding = flags.read.stream.encoding;
  if (flags.articles.format == claims::InputFormat::kJsonLines) {
    if (encoding != "auto" && encoding != "UTF-8")
      return "--input jsonl reads UTF-8, as JSON is; leave out --encoding " + encoding;
    if (flags.read.stream.binary_as_text) return "--input jsonl reads JSON text; leave out --text";
    return {};
  }
  for (const CLI::Option* option : flags.field_options)
    if (option && option->count() > 0)
      return option->get_name() + " names a member of a JSON Lines record: give --input jsonl";
  return {};
}

// Checks what the input flags say before anything is read: the charset is one ICU knows
// (named as ICU names it from then on), and with no input named, standard input is read
// unless it is a terminal.
bool settle_inputs(InputFlags& flags) {
  std::string& encoding = flags.read.stream.encoding;
  if (encoding != "auto") {
    std::optional<std::string> known = claims::canonical_charset(encoding);
    if (!known) {
      std::cerr << "claims: --encoding " << encoding << ": ICU knows no such charset\n";
      return false;
    }
    encoding = *known;
  }
  claims::input_format(flags.input_format, flags.articles.format);  // checked by CLI11
  if (std::string problem = article_flags_problem(flags); !problem.empty()) {
    std::cerr << "claims: " << problem << '\n';
    return false;
  }
  if (flags.articles.format == claims::InputFormat::kJsonLines && flags.list.globs.empty())
    flags.list.globs = {"*.jsonl", "*.ndjson"};  // what -r finds in a folder of archives
  if (flags.files.empty() && flags.files_from.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "claims: no input files (give FILE... or - for standard input; see --help)\n";
      return false;
    }
    flags.files.push_back("-");
  }
  return true;
}

// Where rows go: standard output, written in whole rows, its errors caught.
struct Output {
  claims::OutputFile file{STDOUT_FILENO};
  std::ostream stream{&file};
};

// A chunk's text held by a piece of work, since the stream's view of it moves on.
struct HeldChunk {
  std::string text;
  claims::TextChunk view;  // into `text`
  std::string input, lang;
};

// Formats the rows of one chunk; `worker` picks the worker's own Extractor (ICU's number
// formats are not shared between threads).
using FormatChunk = std::function<claims::PoolResult(std::size_t worker, const HeldChunk& chunk)>;

// One Extractor per worker thread over the same compiled rules.
std::vector<std::unique_ptr<claims::Extractor>> extractors_for(const claims::RuleSet& rules,
                                                               std::size_t jobs) {
  std::vector<std::unique_ptr<claims::Extractor>> extractors;
  for (std::size_t i = 0; i < std::max<std::size_t>(jobs, 1); ++i)
    extractors.push_back(std::make_unique<claims::Extractor>(rules));
  return extractors;
}

// The inputs given as arguments, then those listed in --files-from; false, with `error`
// saying why, when that list cannot be read (`paths` then holds what was read of it).
bool named_inputs(const InputFlags& flags, std::vector<std::string>& paths, std::string& error) {
  paths = flags.files;
  if (flags.files_from.empty()) return true;
  return claims::read_path_list(flags.files_from, flags.null_separated, paths, error);
}

// The exit status of a run over inputs, once its output is flushed: 2 after any error, else
// 0 with rows, 1 without. A reader that went away (`claims ... | head`) is no error of the
// run's; any other failure to write is.
int inputs_status(const Output& output, bool any_error, std::size_t rows) {
  if (output.file.failed()) {
    if (output.file.reader_gone()) return any_error ? kError : kClaimsFound;
    std::cerr << "claims: cannot write the output: " << output.file.error() << '\n';
    return kError;
  }
  if (any_error) return kError;
  return rows > 0 ? kClaimsFound : kNoClaims;
}

// How an article's bytes are read: as the input options say, or for a JSON Lines record,
// whose text the JSON parser has already made UTF-8, as UTF-8 text whatever it holds.
claims::InputOptions article_reading(const InputFlags& flags) {
  claims::InputOptions reading = flags.read;
  if (flags.articles.format == claims::InputFormat::kJsonLines) {
    reading.stream.encoding = "UTF-8";
    reading.stream.binary_as_text = true;
  }
  return reading;
}

// Drops from `done` the rows whose key `filter` has seen (--unique), in output order.
void keep_first_rows(claims::PoolResult& done, claims::RowFilter& filter) {
  std::string kept;
  std::size_t begin = 0;
  done.count = 0;
  for (const auto& row : done.row_keys) {
    if (filter.first_of_its_kind(row.group, row.key)) {
      kept.append(done.out, begin, row.end - begin);
      ++done.count;
    }
    begin = row.end;
  }
  kept.append(done.out, begin);  // nothing, or what follows the last row
  done.out = std::move(kept);
}

// Reads every input the flags name, chunk by chunk, and has `format` turn each chunk into
// rows on `flags.jobs` threads; rows and messages come out in input order, as with one
// thread. A bad input is reported, naming it, and the others go on; the exit status is
// inputs_status()'s.
int run_inputs(const InputFlags& flags, const claims::Extractor& extractor, Output& output,
               const FormatChunk& format, claims::RowFilter* unique) {
  bool any_error = false;
  std::size_t rows = 0;
  claims::cli::Progress progress(std::cerr, claims::cli::progress_wanted(flags.quiet));
  claims::OrderedPool pool(flags.jobs, [&](claims::PoolResult&& done) {
    if (unique && !done.row_keys.empty()) keep_first_rows(done, *unique);
    output.stream << done.out;
    output.file.end_row();
    rows += done.count;
    progress.add_claims(done.count);
    if (!done.err.empty()) {
      output.file.flush();  // what was written before the message comes first
      progress.clear();
      std::cerr << done.err;
    }
    if (done.flush) output.file.flush();
  });
  auto say = [&](const std::string& input, const std::string& message) {
    pool.submit([text = "claims: " + input + ": " + message + "\n"](std::size_t) {
      return claims::PoolResult{{}, text, 0, false, {}};
    });
  };
  auto problem = [&](const std::string& input, const std::string& message) {
    say(input, message);
    any_error = true;
  };
  auto note = [&](const std::string& input, const std::string& message) {
    if (!flags.quiet) say(input, message);
  };
  claims::InputOptions reading = article_reading(flags);
  auto read_article = [&](const std::string& input, claims::ByteSource& source, bool waiting) {
    try {
      auto hand_out = [&](const claims::TextChunk& chunk, const std::string& lang) {
        auto held =
            std::make_shared<HeldChunk>(HeldChunk{std::string(chunk.text), chunk, input, lang});
        held->view.text = held->text;
        progress.add_bytes(chunk.text.size() - chunk.from);
        pool.submit([&format, held](std::size_t worker) {
          claims::PoolResult result = format(worker, *held);
          result.flush = held->view.quiet;
          return result;
        });
        if (chunk.quiet) pool.drain();  // a live pipe: its rows now, before waiting for more
        return !output.file.failed();
      };
      claims::InputStatus status =
          claims::stream_input(source, extractor, reading, hand_out,
                               [&](const std::string& text) { note(input, text); });
      if (!status.ok) problem(input, status.error);
    } catch (const std::exception& e) {
      problem(input, std::string("cannot be read: ") + e.what());
    }
    if (waiting) {  // a live pipe between records: this record's rows now
      pool.drain();
      output.file.flush();
    }
    return !output.file.failed();
  };
  auto read_one = [&](const std::string& input) {
    if (output.file.failed()) return;
    progress.add_file();
    std::string error;
    auto on_note = [&](const std::string& text) { note(input, text); };
    if (!claims::read_articles(input, flags.articles, read_article, on_note, error))
      problem(input, error);
  };
  std::vector<std::string> paths;
  std::string list_error;
  if (!named_inputs(flags, paths, list_error)) problem(flags.files_from, list_error);
  claims::expand_inputs(paths, flags.list, read_one, problem);
  pool.drain();
  output.file.flush();
  progress.clear();  // before any message of inputs_status()
  return inputs_status(output, any_error, rows);
}

// How a table is written: --format and --no-header.
struct TableFlags {
  std::string format = "tsv";
  bool no_header = false;
};

// Writes one table over every input: its header, then what `rows` writes of each chunk with
// its worker's Extractor (returning how many rows); the exit status is run_inputs()'s.
// With `unique`, `rows` gives the key of each row it writes, and only the first row of each
// key is kept.
using RowKeys = std::vector<claims::PoolResult::RowKey>;
using WriteRows = std::function<std::size_t(std::ostream& out, const claims::Extractor& extractor,
                                            const HeldChunk& chunk, RowKeys& keys)>;
int run_table(const InputFlags& flags, const claims::RuleSet& rules,
              const std::function<void(std::ostream&)>& header, const WriteRows& rows,
              claims::RowFilter* unique = nullptr) {
  auto extractors = extractors_for(rules, flags.jobs);
  Output output;
  header(output.stream);
  output.file.end_row();
  auto format = [&](std::size_t worker, const HeldChunk& chunk) {
    std::ostringstream out;
    claims::PoolResult result;
    result.count = rows(out, *extractors[worker], chunk, result.row_keys);
    result.out = std::move(out).str();
    return result;
  };
  return run_inputs(flags, *extractors[0], output, format, unique);
}

int run_extract(const InputFlags& flags, const RuleOptions& rule_options, const TableFlags& table,
                claims::RowFilter& filter) {
  const std::string& format = table.format;
  bool context = flags.read.extract.keep_sentences;
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules, flags.read.extract.lang)) return kError;
  auto write_header = [&](std::ostream& out) {
    if (!table.no_header) claims::make_writer(format, out, context)->header();
  };
  auto rows = [&](std::ostream& out, const claims::Extractor& extractor, const HeldChunk& chunk,
                  RowKeys& keys) {
    auto found =
        claims::chunk_rows(chunk.input, chunk.lang, chunk.view, extractor, flags.read.extract);
    auto writer = claims::make_writer(format, out, context);
    std::size_t written = 0;
    for (const auto& row : found) {
      if (!filter.keeps(row)) continue;
      writer->write(row);
      ++written;
      if (filter.unique)
        keys.push_back(
            {static_cast<std::size_t>(out.tellp()), row.source, claims::unique_key(row)});
    }
    return written;
  };
  return run_table(flags, rules, write_header, rows, filter.unique ? &filter : nullptr);
}

// For each number in each input: the claim it became, or why it became none.
int run_explain(const InputFlags& flags, const RuleOptions& rule_options, const TableFlags& table) {
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules, flags.read.extract.lang)) return kError;
  claims::TableFormat format = *claims::table_format(table.format);
  auto header = [&](std::ostream& out) {
    if (!table.no_header) claims::write_explanation_header(out, format);
  };
  auto rows = [&](std::ostream& out, const claims::Extractor& extractor, const HeldChunk& held,
                  RowKeys&) {
    auto explanations = claims::explain(extractor, rules, held.view.text, held.lang,
                                        flags.read.extract, held.view.from);
    claims::write_explanations(out, format, held.input, held.view, explanations);
    return explanations.size();
  };
  int status = run_table(flags, rules, header, rows);
  return status == kNoClaims ? kClaimsFound : status;  // a text without numbers is explained too
}

// `claims numbers`: every number, percentage, range, amount and measure, as TSV.
int run_numbers(const InputFlags& flags, const RuleOptions& rule_options, const TableFlags& table) {
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules, flags.read.extract.lang)) return kError;
  claims::TableFormat format = *claims::table_format(table.format);
  auto header = [&](std::ostream& out) {
    if (!table.no_header) claims::write_number_header(out, format);
  };
  auto rows = [&](std::ostream& out, const claims::Extractor& extractor, const HeldChunk& held,
                  RowKeys&) {
    auto mentions = claims::chunk_mentions(held.view, held.lang, extractor, flags.read.extract);
    for (const auto& mention : mentions) claims::write_number_row(out, format, held.input, mention);
    return mentions.size();
  };
  return run_table(flags, rules, header, rows);
}

// What `claims compare` is asked for.
struct CompareCommand {
  InputFlags inputs;
  std::string format = "tsv";
  bool long_table = false, matrix = false, no_header = false;
  double tolerance = 0.02;
  std::string output;  // -o: a file instead of standard output
};

// The claims of every input, in input order, read as every other command reads them
// (run_inputs(): messages, notes, progress, JSON Lines); on one thread, so that each chunk's
// rows are appended in order. A bad input is reported, naming it, and the others go on.
std::vector<claims::Row> claims_of_inputs(const InputFlags& flags,
                                          const claims::Extractor& extractor, bool& any_error) {
  InputFlags one_thread = flags;
  one_thread.jobs = 1;
  std::vector<claims::Row> rows;
  auto gather = [&](std::size_t, const HeldChunk& chunk) {
    auto found =
        claims::chunk_rows(chunk.input, chunk.lang, chunk.view, extractor, flags.read.extract);
    claims::PoolResult result;
    result.count = found.size();
    std::move(found.begin(), found.end(), std::back_inserter(rows));
    return result;
  };
  Output unused;  // the rows are written once clustered, by run_compare()
  any_error = run_inputs(one_thread, extractor, unused, gather, nullptr) == kError;
  return rows;
}

// The table or page `command` asks for.
void write_comparison(std::ostream& out, const CompareCommand& command,
                      const std::vector<claims::Cluster>& clusters,
                      const std::vector<claims::Row>& rows) {
  if (command.format == "html") {
    std::set<std::string> sources;
    for (const auto& row : rows) sources.insert(row.source);
    std::string title = "Claims compared across " + std::to_string(sources.size()) + " sources";
    return claims::write_html_report(out, clusters, rows, title);
  }
  claims::TableFormat format = *claims::table_format(command.format);
  bool header = !command.no_header;
  if (command.long_table)
    claims::write_long(out, format, clusters, rows, header);
  else if (command.matrix)
    claims::write_matrix(out, format, clusters, rows, header);
  else
    claims::write_clusters(out, format, clusters, header);
}

// Why the flags of `claims compare` cannot be honoured together, or "".
std::string compare_flags_problem(const CompareCommand& command) {
  if (command.long_table && command.matrix) return "--long and --matrix are two tables; give one";
  if (command.format == "html" && (command.long_table || command.matrix))
    return "--format html is the matrix page already; leave out --long and --matrix";
  if (command.format == "html" && command.no_header)
    return "--format html has no header row to leave out (--no-header)";
  return {};
}

// `claims compare`: the claims of all the inputs, clustered across sources.
int run_compare(const CompareCommand& command, const RuleOptions& rule_options) {
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules, command.inputs.read.extract.lang)) return kError;
  claims::Extractor extractor(rules);
  bool any_error = false;
  std::vector<claims::Row> rows = claims_of_inputs(command.inputs, extractor, any_error);
  auto clusters = claims::cluster_claims(rows, rules.key_families(), {command.tolerance});
  std::ofstream file;
  if (!command.output.empty()) {
    file.open(command.output, std::ios::binary);
    if (!file) {
      std::cerr << "claims: " << command.output << ": cannot be written: " << std::strerror(errno)
                << '\n';
      return kError;
    }
  }
  Output output;
  std::ostream& out = command.output.empty() ? output.stream : file;
  write_comparison(out, command, clusters, rows);
  out.flush();
  output.file.flush();
  if (file.is_open() && !file) {
    std::cerr << "claims: " << command.output << ": cannot be written\n";
    return kError;
  }
  return inputs_status(output, any_error, clusters.size());
}

int run_rules_test(const RuleOptions& rule_options, bool verbose) {
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules)) return kError;
  claims::Extractor extractor(rules);
  claims::RuleTestReport report = claims::run_rule_tests(rules, extractor);
  for (const auto& failure : report.failures) std::cout << failure.str() << '\n';
  if (verbose)
    for (const auto& rule : rules.rules())
      std::cout << rule.id << ": " << rule.examples.size() << " examples, "
                << rule.counterexamples.size() << " counterexamples\n";
  std::size_t total = report.examples + report.counterexamples;
  std::cout << total - report.failures.size() << " passed, " << report.failures.size()
            << " failed (" << rules.rules().size() << " rules, " << report.examples << " examples, "
            << report.counterexamples << " counterexamples)\n";
  return report.failures.empty() ? 0 : 1;
}

int run_rules_list(const RuleOptions& rule_options) {
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules)) return kError;
  static constexpr std::string_view kColumns[] = {"id",   "lang", "claim",   "unit",
                                                  "file", "line", "examples"};
  claims::TableWriter table(std::cout, claims::TableFormat::kTsv, kColumns);
  table.header();
  for (const auto& rule : rules.rules()) {
    std::string line = std::to_string(rule.line), examples = std::to_string(rule.examples.size());
    table.row({{rule.id},
               {rule.lang},
               {rule.claim},
               {rule.unit},
               {rule.file},
               {line, claims::kNumber},
               {examples, claims::kNumber}});
  }
  return 0;
}

// Reports every problem at once: load and compile errors, then the lint findings.
int run_rules_lint(const RuleOptions& rule_options) {
  claims::RuleSet rules;
  std::vector<claims::Diagnostic> problems;
  if (!rule_options.no_defaults) rules.add_defaults(problems);
  for (const auto& path : rule_options.paths) rules.add_path(path, problems);
  rules.compile(problems);
  for (auto& finding : claims::lint_rules(rules)) problems.push_back(std::move(finding));
  for (const auto& problem : problems) std::cout << problem.str() << '\n';
  std::cout << rules.rules().size() << " rules, " << problems.size() << " problems\n";
  return problems.empty() ? 0 : 1;
}

struct CheckCommand {
  claims::CheckOptions options;
  std::string report = "text";
  std::string color = "auto";  // --color: auto (a terminal, without NO_COLOR), always, never
  bool update = false;
};

// Replaces the expected rows of the checked sources with `actual`, atomically.
bool update_expected(const std::string& path, const std::vector<std::string>& inputs,
                     const std::vector<claims::Row>& actual) {
  std::vector<claims::Row> rows;
  std::string ignored;
  if (!inputs.empty() && std::filesystem::exists(path)) {
    claims::read_expected(path, rows, ignored);
    std::erase_if(rows, [&](const claims::Row& row) {
      return std::find(inputs.begin(), inputs.end(), row.source) != inputs.end();
    });
  }
  rows.insert(rows.end(), actual.begin(), actual.end());
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    claims::write_expected(rows, out);
    if (!out.flush()) return false;
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  return !ec;
}

int run_check(const RuleOptions& rule_options, CheckCommand& command) {
  claims::RuleSet rules;
  if (!load_rules(rule_options, rules, command.options.extract.lang)) return kError;
  claims::Extractor extractor(rules);
  claims::CheckResult result;
  std::vector<claims::Row> actual;
  std::vector<std::string> errors;
  bool ok = claims::run_check(rules, extractor, command.options, result, actual, errors);
  for (const auto& error : errors) std::cerr << "claims check: " << error << '\n';
  if (command.update) {
    if (!ok && actual.empty()) return kError;
    if (!update_expected(command.options.expected_path, command.options.inputs, actual)) {
      std::cerr << "claims check: cannot write " << command.options.expected_path << '\n';
      return kError;
    }
    std::cout << "updated " << command.options.expected_path << ": " << actual.size()
              << " claims\n";
    return ok ? 0 : kError;
  }
  static const std::map<std::string, claims::ReportFormat> formats = {
      {"text", claims::ReportFormat::kText},
      {"github", claims::ReportFormat::kGithub},
      {"junit", claims::ReportFormat::kJunit},
      {"tap", claims::ReportFormat::kTap}};
  bool color = command.report == "text" &&
               (command.color == "always" ||
                (command.color == "auto" && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR")));
  claims::write_report(result, formats.at(command.report), color, std::cout);
  std::cout.flush();
  if (!ok) return kError;
  return result.passed() ? 0 : 1;
}

// What the command line sets. CLI11 writes into these fields as it parses, so the struct
// stays where it is built until the command has run.
struct CommandLine {
  InputFlags inputs;  // of the default command and --explain
  RuleOptions rule_options;
  TableFlags table;          // of the default command and --explain
  claims::RowFilter filter;  // --claim, --unit, --unique
  bool context = false;      // --context: the evidence sentence as a last column
  bool schema = false;       // --schema: the columns and their types instead of rows
  TableFlags numbers_table;  // of `claims numbers`
  bool keyed_only = false;
  bool explain = false;
  bool verbose = false;  // rules test -v
  CheckCommand check;
  InputFlags number_inputs;  // `claims numbers` reads with its own flags
  CompareCommand compare;
  std::string generate;   // --generate: the manual or a completion script instead of a run
  OptionChoices choices;  // the values of the options that take one of a list
  // The subcommands, owned by the CLI::App, to ask which one was given.
  CLI::App* rules_test = nullptr;
  CLI::App* rules_list = nullptr;
  CLI::App* rules_lint = nullptr;
  CLI::App* check_command = nullptr;
  CLI::App* numbers_command = nullptr;
  CLI::App* compare_command = nullptr;
};

constexpr const char* kDescription =
    "claims: the figures that news articles state (English and French), as TSV.\n"
    "One row per claim: source, lang, claim, value, value_max, unit, modifier, text,\n"
    "line, column, rule, as_of.";

constexpr const char* kCheckDescription =
    "Compare the claims of a corpus with the expected ones and run every rule's examples;\n"
    "exit 0 when equal, 1 when not, 2 on an error (e.g. claims check --report github)";

constexpr const char* kNumbersDescription =
    "Every number, percentage, range, amount of money and measure, as TSV:\n"
    "source line column kind value value_max unit text (e.g. claims numbers --lang fr a.txt)";

constexpr const char* kCompareDescription =
    "Line up the claims of several sources (English and French) as clusters of one figure:\n"
    "TSV cluster claim value value_max unit modifier as_of n_sources sources status, where\n"
    "status is agreed, single, conflict or dated (e.g. claims compare a.txt b.txt)";

constexpr const char* kCompareFooter =
    "Examples:\n"
    "  claims compare report-en.txt report-fr.txt\n"
    "  claims compare --long *.txt > claims.tsv     # one row per claim, with its cluster\n"
    "  claims compare --matrix --format csv *.txt   # one column per source\n"
    "  claims compare --tolerance 0.05 a.txt b.txt  # values within 5% agree\n"
    "  claims compare --format html -o report.html *.txt";

constexpr const char* kCheckFooter =
    "Examples:\n"
    "  claims check                        # corpus/ against corpus/expected.tsv\n"
    "  claims check --report github --strict\n"
    "  claims check --update corpus/new.txt  # accept the claims of one new article";

constexpr const char* kNumbersFooter =
    "Examples:\n"
    "  claims numbers article.txt\n"
    "  claims numbers --lang fr --format csv a.txt > numbers.csv\n"
    "  claims numbers --no-header *.txt | cut -f4 | sort | uniq -c   # kinds of figures";

constexpr const char* kRulesFooter =
    "Examples:\n"
    "  claims rules test --rules my-rules/   # the built-in rules and yours, with examples\n"
    "  claims rules list | column -t -s $'\\t'\n"
    "  claims rules lint --no-default-rules --rules my-rules/";

constexpr const char* kFooter =
    "Examples:\n"
    "  claims corpus/*.txt > claims.tsv\n"
    "  claims corpus/*.txt | column -t -s $'\\t'\n"
    "  claims --format jsonl --lang fr article.txt\n"
    "  cat article.txt | claims -\n"
    "  claims check                      # does corpus/ still give corpus/expected.tsv?\n"
    "  claims check --update             # accept the current claims as expected\n"
    "  claims --explain article.txt      # why each number is, or is not, a claim\n"
    "  claims numbers --lang fr a.txt    # every number, percentage, amount and measure\n"
    "  claims compare en.txt fr.txt      # which sources state which figure\n"
    "  claims rules lint --no-default-rules --rules my-rules/\n"
    "  claims rules test --rules my-rules/\n\n"
    "Exit status: 0 claims written, 1 no claims, 2 an error (other files are still read).";

// A reader that went away (`claims ... | head -1`) shows as EPIPE, and the run ends quietly
// instead of being killed; std::cout (reports, rule lists) writes in 64 KiB blocks.
void prepare_standard_streams() {
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  static char output_buffer[1 << 16];
  std::cout.rdbuf()->pubsetbuf(output_buffer, sizeof output_buffer);
}

// The FILE... arguments of a command.
void add_files_option(CLI::App& command, std::vector<std::string>& files, const char* help) {
  command.add_option("files", files, help)->type_name("FILE");
}

// A subcommand that reads the files named after it.
CLI::App* add_files_command(CLI::App& app, const char* name, const char* description,
                            std::vector<std::string>& files, const char* files_help) {
  CLI::App* command = app.add_subcommand(name, description);
  add_files_option(*command, files, files_help);
  return command;
}

// --lang, for the commands that read articles.
// The languages offered are the built-in rules' folders; rules added with --rules may bring
// another, so the language is checked once the rules are loaded (lang_known()).
void add_lang_option(CLI::App& command, std::string& lang, const char* help,
                     OptionChoices& choices) {
  CLI::Option* option =
      command.add_option("--lang", lang, help)->type_name("LANG")->capture_default_str();
  choices[option] = {"auto"};
  for (auto& code : claims::RuleSet::built_in_languages()) choices[option].push_back(code);
}

// --currency-default, for the commands that read sums.
void add_currency_option(CLI::App& command, std::string& code) {
  command
      .add_option("--currency-default", code,
                  "ISO code that a bare $ or 'dollars' stands for, instead of the guess\n"
                  "from the article (e.g. --currency-default CAD)")
      ->type_name("CODE");
}

// --no-fallback, for the commands that extract claims.
void add_fallback_option(CLI::App& command, bool& keyed_only) {
  command.add_flag("--no-fallback", keyed_only,
                   "Report only the figures a claim rule keys; leave out those reported with\n"
                   "their kind's generic key (count, amount, percent, a unit)");
}

// --format and --no-header, for the commands that write one of the tables of fields.h.
void add_table_options(CLI::App& command, TableFlags& table, OptionChoices& choices) {
  add_choice_option(command, "--format", table.format, {"tsv", "csv", "jsonl"},
                    "Output format: tsv, csv (RFC 4180) or jsonl (one JSON object per row)\n"
                    "(e.g. --format csv)",
                    choices);
  command.add_flag("--no-header", table.no_header,
                   "Leave out the header row (e.g. to append to a file)");
}

// What a reader of the rows asks for: which rows, which columns, what they hold.
void add_row_options(CLI::App& app, CommandLine& line) {
  app.add_option("--claim", line.filter.claims,
                 "Keep only the rows whose claim matches PATTERN, a shell pattern;\n"
                 "repeatable (e.g. --claim 'jobs*' --claim staff)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  app.add_option("--unit", line.filter.units,
                 "Keep only the rows whose unit matches PATTERN; repeatable (e.g. --unit EUR)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  app.add_flag("--unique", line.filter.unique,
               "Keep the first row of each figure of a source: the same claim, value,\n"
               "value_max, unit, modifier and as_of (a headline and the body often state it)");
  app.add_flag("--context", line.context,
               "Add the sentence each figure was read in, as a last column: context");
  app.add_flag("--schema", line.schema,
               "Print the columns and their types, and exit: a JSON Schema with --format\n"
               "jsonl, else a CREATE TABLE for sqlite3 (e.g. claims --schema | sqlite3 c.db)");
}

// Why --explain cannot honour the row options given with it, or "".
std::string explain_flags_problem(const CommandLine& line) {
  if (!line.explain) return {};
  if (line.filter.filters() || line.filter.unique || line.context || line.schema)
    return "--explain lists every number, not claims rows: leave out --claim, --unit, --unique, "
           "--context and --schema";
  return {};
}

// The options of `claims [FILE...]` itself, which --explain shares.
void add_extract_options(CLI::App& app, CommandLine& line) {
  claims::ExtractOptions& options = line.inputs.read.extract;
  add_files_option(app, line.inputs.files,
                   "Articles to read; - reads standard input (the default)");
  add_lang_option(app, options.lang,
                  "Language of the inputs: en, fr or auto (detected per file)\n"
                  "(e.g. --lang fr)",
                  line.choices);
  add_table_options(app, line.table, line.choices);
  add_currency_option(app, options.currency_default);
  add_fallback_option(app, line.keyed_only);
  add_row_options(app, line);
  app.add_flag("--explain", line.explain,
               "Instead of claims, list every number with the claim it became or why it\n"
               "became none: TSV source, line, column, number, outcome, rule, detail\n"
               "(e.g. claims --explain article.txt)");
  add_rule_options(app, line.rule_options);
  add_input_options(app, line.inputs, line.choices);
}

// `claims rules test|list|lint`: one of the three must be named.
void add_rules_commands(CLI::App& app, CommandLine& line) {
  CLI::App* rules_command = app.add_subcommand("rules", "Work with rule files");
  rules_command->require_subcommand(1);
  line.rules_test = rules_command->add_subcommand(
      "test", "Run every rule's examples and counterexamples (e.g. claims rules test)");
  line.rules_test->add_flag("-v,--verbose", line.verbose, "Also list each rule's example counts");
  line.rules_list = rules_command->add_subcommand(
      "list", "List the rules as TSV: id, lang, claim, unit, file, line, examples");
  line.rules_lint = rules_command->add_subcommand(
      "lint",
      "Report problems in rule files as FILE:LINE: message (e.g. claims rules lint "
      "--no-default-rules --rules rules/)");
  rules_command->footer(kRulesFooter);
  for (CLI::App* command : {line.rules_test, line.rules_list, line.rules_lint}) {
    add_rule_options(*command, line.rule_options);
    command->footer(kRulesFooter);
  }
}

void add_check_command(CLI::App& app, CommandLine& line) {
  CheckCommand& check = line.check;
  CLI::App* command =
      add_files_command(app, "check", kCheckDescription, check.options.inputs,
                        "Articles to check (default: every source the expected file names)");
  command
      ->add_option("--expected", check.options.expected_path,
                   "The expected claims, TSV in the output format (e.g. --expected my.tsv)")
      ->type_name("FILE")
      ->capture_default_str();
  add_choice_option(*command, "--report", check.report, {"text", "github", "junit", "tap"},
                    "text (coloured as --color says), github (workflow\n"
                    "commands), junit (XML) or tap (e.g. --report junit > check.xml)",
                    line.choices);
  add_choice_option(*command, "--color", check.color, {"auto", "always", "never"},
                    "Colour the text report: auto (on a terminal, unless NO_COLOR is set),\n"
                    "always or never",
                    line.choices);
  command->add_flag("--update", check.update,
                    "Rewrite the expected file from the current claims, sorted");
  command->add_flag("--strict", check.options.strict,
                    "Also fail on claims that only moved, and on dead rules");
  add_lang_option(*command, line.inputs.read.extract.lang,
                  "Language of the corpus: en, fr or auto (detected per file)", line.choices);
  add_currency_option(*command, line.inputs.read.extract.currency_default);
  add_fallback_option(*command, line.keyed_only);
  add_rule_options(*command, line.rule_options);
  command->footer(kCheckFooter);
  line.check_command = command;
}

// `claims numbers` takes the input options too, into flags of its own.
void add_numbers_command(CLI::App& app, CommandLine& line) {
  InputFlags& inputs = line.number_inputs;
  CLI::App* command = add_files_command(app, "numbers", kNumbersDescription, inputs.files,
                                        "Texts to read; - reads standard input");
  add_lang_option(*command, inputs.read.extract.lang, "Language: en, fr or auto", line.choices);
  add_table_options(*command, line.numbers_table, line.choices);
  add_currency_option(*command, inputs.read.extract.currency_default);
  add_rule_options(*command, line.rule_options);
  add_input_options(*command, inputs, line.choices);
  command->footer(kNumbersFooter);
  line.numbers_command = command;
}

// `claims compare FILE...`: its table, format and tolerance, and the input options.
void add_compare_command(CLI::App& app, CommandLine& line) {
  CompareCommand& compare = line.compare;
  CLI::App* command = add_files_command(app, "compare", kCompareDescription, compare.inputs.files,
                                        "Articles to line up; - reads standard input");
  command->footer(kCompareFooter);
  add_lang_option(*command, compare.inputs.read.extract.lang, "Language: en, fr or auto",
                  line.choices);
  command->add_flag("--long", compare.long_table,
                    "One row per claim: its cluster, then every column of claims");
  command->add_flag("--matrix", compare.matrix,
                    "One row per cluster, one column per source (the value it gives)");
  add_choice_option(
      *command, "--format", compare.format, {"tsv", "csv", "jsonl", "html"},
      "Output format: tsv, csv, jsonl, or html (one self-contained page: the\n"
      "matrix by status, each cell's evidence sentence; e.g. --format html -o r.html)",
      line.choices);
  command->add_option("-o,--output", compare.output, "Write to FILE instead of standard output")
      ->type_name("FILE");
  command->add_flag("--no-header", compare.no_header, "Leave out the header row");
  command
      ->add_option("--tolerance", compare.tolerance,
                   "Relative difference within which two values agree (e.g. --tolerance\n"
                   "0.05); 19.08 and 19.1 billion, 59% and 60% agree at the default")
      ->check(CLI::Range(0.0, 0.5))
      ->capture_default_str();
  add_currency_option(*command, compare.inputs.read.extract.currency_default);
  add_fallback_option(*command, line.keyed_only);
  add_rule_options(*command, line.rule_options);
  add_input_options(*command, compare.inputs, line.choices, false);
  line.compare_command = command;
}

// Every option and subcommand, in the order --help lists them.
void declare_command_line(CLI::App& app, CommandLine& line) {
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("claims ") + CLAIMS_VERSION,
                       "Print the version and exit (e.g. claims --version)");
  app.require_subcommand(0, 1);
  add_extract_options(app, line);
  add_rules_commands(app, line);
  add_check_command(app, line);
  add_numbers_command(app, line);
  add_compare_command(app, line);
  add_choice_option(app, "--generate", line.generate, {"man", "complete-bash", "complete-zsh"},
                    "Print the manual page (man) or a completion script (complete-bash,\n"
                    "complete-zsh) and exit (e.g. claims --generate man | man -l -)",
                    line.choices);
}

// The parts of the manual that are not options: what the rows hold, the exit status, the
// environment.
claims::cli::ManPage manual_page() {
  claims::cli::ManPage page;
  page.version = std::string("claims ") + CLAIMS_VERSION;
  page.summary = "the figures that news articles state (English and French), as TSV";
  claims::cli::ManSection output{
      "OUTPUT",
      {{"",
        "One row per claim, tab-separated, after a header row (--format csv and jsonl hold "
        "the same columns; claims --schema gives their types):"}}};
  for (const claims::Column& column : claims::columns(true))
    output.entries.emplace_back(std::string(column.name), std::string(column.meaning));
  page.sections.push_back(std::move(output));
  page.sections.push_back(
      {"EXIT STATUS",
       {{"0",
         "claims were written (claims check: the corpus gives the expected claims; "
         "claims rules test and lint: no failure, no problem)"},
        {"1",
         "no claims were found (claims check: they differ; claims rules test: an example "
         "fails; claims rules lint: a problem is found)"},
        {"2",
         "an error: an input, rule file or option that cannot be used; the other inputs "
         "are still read and what was written stays whole"}}});
  page.sections.push_back(
      {"ENVIRONMENT",
       {{"NO_COLOR", "when set, no colour in the reports of claims check unless --color always"},
        {"CI", "when set (as CI services set it), no progress line"}}});
  page.sections.push_back(
      {"SEE ALSO", {{"", "The README of the project: rule files, the corpus, scaling out."}}});
  return page;
}

// --generate: the manual or a completion script, written from `app` itself.
int run_generate(const CLI::App& app, const CommandLine& line) {
  if (line.generate == "man")
    claims::cli::write_man_page(std::cout, app, line.choices, manual_page());
  else if (line.generate == "complete-bash")
    claims::cli::write_bash_completion(std::cout, app, line.choices);
  else
    claims::cli::write_zsh_completion(std::cout, app, line.choices);
  std::cout.flush();
  return std::cout ? 0 : kError;
}

// Runs the subcommand that was given, or else extracts (or explains) claims.
int run_command(CommandLine& line) {
  claims::ExtractOptions& options = line.inputs.read.extract;
  options.fallback = !line.keyed_only;
  if (line.rules_test->parsed()) return run_rules_test(line.rule_options, line.verbose);
  if (line.rules_list->parsed()) return run_rules_list(line.rule_options);
  if (line.rules_lint->parsed()) return run_rules_lint(line.rule_options);
  if (line.check_command->parsed()) {
    line.check.options.extract = options;
    return run_check(line.rule_options, line.check);
  }
  if (line.compare_command->parsed()) {
    line.compare.inputs.read.extract.fallback = options.fallback;
    if (!settle_inputs(line.compare.inputs)) return kError;
    line.compare.inputs.read.extract.keep_sentences = line.compare.format == "html";
    if (std::string problem = compare_flags_problem(line.compare); !problem.empty()) {
      std::cerr << "claims compare: " << problem << '\n';
      return kError;
    }
    return run_compare(line.compare, line.rule_options);
  }
  if (std::string problem = explain_flags_problem(line); !problem.empty()) {
    std::cerr << "claims: " << problem << '\n';
    return kError;
  }
  if (line.schema) {
    claims::write_schema(std::cout, *claims::table_format(line.table.format), line.context,
                         "claims");
    std::cout.flush();
    return std::cout ? 0 : kError;
  }
  options.keep_sentences = line.context;
  bool numbers = line.numbers_command->parsed();
  InputFlags& reading = numbers ? line.number_inputs : line.inputs;
  if (!settle_inputs(reading)) return kError;
  if (numbers) return run_numbers(reading, line.rule_options, line.numbers_table);
  if (line.explain) return run_explain(reading, line.rule_options, line.table);
  return run_extract(reading, line.rule_options, line.table, line.filter);
}

// The deepest subcommand given, or `app` itself.
const CLI::App& command_given(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return s->parsed(); }))
    return command_given(*sub);
  return app;
}

// The path of a command as typed: "claims rules test".
std::string command_path(const CLI::App& command) {
  const CLI::App* parent = command.get_parent();
  return parent ? command_path(*parent) + " " + command.get_name() : command.get_name();
}

// "did you mean --format?" for each unknown option of the command given.
void suggest_options(const CLI::App& app, const std::vector<std::string>& extras) {
  const CLI::App& command = command_given(app);
  std::vector<std::string> names = claims::cli::option_names(command);
  for (const std::string& extra : extras) {
    if (extra.rfind("-", 0) != 0) continue;
    std::string flag = extra.substr(0, extra.find('='));
    if (auto near = claims::cli::closest_name(flag, names))
      std::cerr << command_path(command) << ": " << flag << ": did you mean " << *near << "?\n";
  }
}

// CLI11 prints the help, the version or the complaint, and claims adds the option meant;
// --help and --version end parsing with status 0, and every bad option is status 2, as any
// other error of claims is.
int parse_error_status(const CLI::App& app, const CLI::ParseError& error) {
  int status = app.exit(error);
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr)
    suggest_options(app, app.remaining(true));
  return status == 0 ? 0 : kError;
}

// An option of claims itself given before a subcommand ("claims --format csv numbers"): the
// subcommand would not see it, so it is refused instead of dropped.
bool refuse_misplaced_options(const CLI::App& app) {
  const CLI::App& command = command_given(app);
  if (&command == &app) return true;
  for (const CLI::Option* option : app.get_options()) {
    if (option->count() == 0) continue;
    if (option->get_positional()) {
      std::cerr << "claims: " << option->as<std::vector<std::string>>().front() << ": the files of "
                << command_path(command) << " go after its name\n";
      return false;
    }
    std::cerr << "claims: " << option->get_name() << " is an option of claims itself; give the "
              << "options of " << command_path(command) << " after it (see "
              << command_path(command) << " --help)\n";
    return false;
  }
  return true;
}

// "claims compar a.txt": a first word that is no file but nearly a command's name.
bool refuse_mistyped_command(const CLI::App& app, const CommandLine& line) {
  if (line.inputs.files.empty() || &command_given(app) != &app) return true;
  const std::string& first = line.inputs.files.front();
  std::error_code ignored;
  if (first == "-" || std::filesystem::exists(first, ignored)) return true;
  auto near = claims::cli::closest_name(first, claims::cli::subcommand_names(app));
  if (!near) return true;
  std::cerr << "claims: " << first << ": no such file or command; did you mean claims " << *near
            << "?\n";
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  prepare_standard_streams();
  CLI::App app{kDescription, "claims"};
  CommandLine line;
  declare_command_line(app, line);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return parse_error_status(app, e);
  }
  if (!line.generate.empty()) return run_generate(app, line);
  if (!refuse_misplaced_options(app) || !refuse_mistyped_command(app, line)) return kError;
  return run_command(line);
}
