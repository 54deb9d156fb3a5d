#include "cli/generate.h"

#include <functional>
#include <string_view>
#include <utility>

namespace claims::cli {
namespace {

// A command and the words that name it on the command line ("claims rules test").
struct Command {
  std::string path;
  const CLI::App* app;
};

// The command and every subcommand below it, depth first, in the order they were declared.
void collect_commands(const CLI::App& app, const std::string& path, std::vector<Command>& out) {
  out.push_back({path, &app});
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    collect_commands(*sub, path + " " + sub->get_name(), out);
}

std::vector<Command> all_commands(const CLI::App& app) {
  std::vector<Command> commands;
  collect_commands(app, app.get_name(), commands);
  return commands;
}

std::vector<const CLI::Option*> named_options(const CLI::App& app) {
  return app.get_options([](const CLI::Option* option) { return option->nonpositional(); });
}

bool takes_files(const CLI::App& app) {
  return !app.get_options([](const CLI::Option* o) { return o->get_positional(); }).empty();
}

bool is_flag(const CLI::Option& option) { return option.get_expected_max() == 0; }

// The name of an option's value: CLI11's type name up to its first ':' ("BYTES" of
// "BYTES:SIZE [b, kb...]"), or its choices joined by '|'.
std::string value_name(const CLI::Option& option, const OptionChoices& choices) {
  if (auto found = choices.find(&option); found != choices.end() && found->second.size() <= 8) {
    std::string joined;
    for (const auto& choice : found->second) joined += (joined.empty() ? "" : "|") + choice;
    return joined;
  }
  std::string type = option.get_type_name();
  return type.substr(0, type.find(':'));
}

bool names_files(const CLI::Option& option) {
  std::string type = option.get_type_name();
  return type.rfind("FILE", 0) == 0 || type.rfind("PATH", 0) == 0;
}

// The first line of a description: what a completion shows beside the option.
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

// Text for roff: backslashes and dashes escaped, line breaks as spaces, and a line that
// would begin with a control character ('.' or '\'') guarded.
std::string roff(std::string_view text, bool keep_lines = false) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = false;
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else if (c == '\n') {
      out += keep_lines ? '\n' : ' ';
      line_start = keep_lines;
    } else
      out += c;
  }
  return out;
}

// "\fB-j\fR, \fB--jobs\fR \fIN\fR": an option's names and value as the manual shows them.
std::string man_term(const CLI::Option& option, const OptionChoices& choices) {
  std::string term;
  for (const auto& name : option_names_of(option))
    term += (term.empty() ? "" : ", ") + std::string("\\fB") + roff(name) + "\\fR";
  if (!is_flag(option)) term += " \\fI" + roff(value_name(option, choices)) + "\\fR";
  return term;
}

void write_man_options(std::ostream& out, const CLI::App& app, const OptionChoices& choices) {
  for (const CLI::Option* option : named_options(app)) {
    out << ".TP\n" << man_term(*option, choices) << '\n' << roff(option->get_description());
    if (!option->get_default_str().empty() && !is_flag(*option))
      out << " (default: " << roff(option->get_default_str()) << ')';
    out << '\n';
  }
}

// A footer ("Examples:\n  claims ...") as preformatted lines.
void write_man_footer(std::ostream& out, const std::string& footer) {
  if (footer.empty()) return;
  out << ".PP\n.nf\n" << roff(footer, true) << "\n.fi\n";
}

void write_man_command(std::ostream& out, const Command& command, const OptionChoices& choices) {
  const CLI::App& app = *command.app;
  out << ".SS \"" << roff(command.path) << "\"\n" << roff(app.get_description()) << '\n';
  if (!named_options(app).empty()) {
    out << ".PP\nOptions of \\fB" << roff(command.path) << "\\fR:\n";
    write_man_options(out, app, choices);
  }
  write_man_footer(out, app.get_footer());
}

void write_man_section(std::ostream& out, const ManSection& section) {
  out << ".SH " << roff(section.title) << '\n';
  for (const auto& [term, text] : section.entries) {
    if (term.empty())
      out << ".PP\n" << roff(text) << '\n';
    else
      out << ".TP\n\\fB" << roff(term) << "\\fR\n" << roff(text) << '\n';
  }
}

}  // namespace

std::vector<std::string> option_names_of(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const auto& name : option.get_snames()) names.push_back("-" + name);
  for (const auto& name : option.get_lnames()) names.push_back("--" + name);
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : named_options(command))
    for (auto& name : option_names_of(*option)) names.push_back(std::move(name));
  return names;
}

void write_man_page(std::ostream& out, const CLI::App& app, const OptionChoices& choices,
                    const ManPage& page) {
  std::string name = app.get_name();
  out << ".\\\" Written by `" << name << " --generate man`; edit the command line, not this.\n"
      << ".TH " << roff(name == "claims" ? "CLAIMS" : name) << " 1 \"\" \"" << roff(page.version)
      << "\" \"User Commands\"\n"
      << ".SH NAME\n"
      << roff(name) << " \\- " << roff(page.summary) << '\n'
      << ".SH SYNOPSIS\n"
      << ".B " << roff(name) << "\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n.br\n"
      << ".B " << roff(name) << "\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n"
      << ".SH DESCRIPTION\n"
      << roff(app.get_description()) << '\n'
      << ".SH OPTIONS\n";
  write_man_options(out, app, choices);
  out << ".SH COMMANDS\n";
  std::vector<Command> commands = all_commands(app);
  for (std::size_t i = 1; i < commands.size(); ++i) write_man_command(out, commands[i], choices);
  // EXAMPLES (the command's footer) goes before SEE ALSO, which man(7) puts last.
  bool examples_written = false;
  auto write_examples = [&] {
    out << ".SH EXAMPLES\n";
    write_man_footer(out, app.get_footer());
    examples_written = true;
  };
  for (const auto& section : page.sections) {
    if (section.title == "SEE ALSO") write_examples();
    write_man_section(out, section);
  }
  if (!examples_written) write_examples();
}

}  // namespace claims::cli

namespace claims::cli {
namespace {

// Words joined by spaces, for a shell word list.
std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The shell loop that finds which command the words before the cursor name: one case per
// subcommand, keyed "parent:word".
void write_command_walk(std::ostream& out, const std::vector<Command>& commands,
                        const std::string& first, const std::string& word) {
  out << "  local command='" << commands[0].path << "' i\n"
      << "  for ((i = " << first << "; i < " << word << "; i++)); do\n"
      << "    case \"$command:${words[i]}\" in\n";
  for (std::size_t i = 1; i < commands.size(); ++i) {
    const std::string& path = commands[i].path;
    std::size_t last_space = path.rfind(' ');
    out << "      '" << path.substr(0, last_space) << ':' << path.substr(last_space + 1)
        << "') command='" << path << "' ;;\n";
  }
  out << "    esac\n  done\n";
}

// `case "$command:$prev"` arms for the options whose value has a list or names a file.
template <typename Arm>
void for_each_valued_option(const std::vector<Command>& commands, const OptionChoices& choices,
                            const Arm& arm) {
  for (const Command& command : commands)
    for (const CLI::Option* option : named_options(*command.app)) {
      if (is_flag(*option)) continue;
      auto found = choices.find(option);
      for (const auto& name : option_names_of(*option))
        arm(command.path + ":" + name, found == choices.end() ? nullptr : &found->second,
            names_files(*option));
    }
}

// The `case "$command:$prev"` block of a completion: after an option that takes one of a
// list, `list(words)` completes the words; after one that names files, `files` does; after
// any other option, nothing is offered.
void write_value_cases(std::ostream& out, const std::vector<Command>& commands,
                       const OptionChoices& choices,
                       const std::function<std::string(const std::string&)>& list,
                       const std::string& files) {
  out << "  case \"$command:$prev\" in\n";
  for_each_valued_option(
      commands, choices,
      [&](const std::string& key, const std::vector<std::string>* values, bool names_files) {
        std::string action = values ? list(joined(*values)) : names_files ? files : "";
        out << "    '" << key << "') " << action << (action.empty() ? "" : "; ") << "return ;;\n";
      });
  out << "  esac\n";
}

// A zsh single-quoted word: ' as '\''; ':' escaped for _describe.
std::string zsh_item(const std::string& name, const std::string& description) {
  std::string out = "'" + name + ":";
  for (char c : first_line(description)) {
    if (c == '\'')
      out += "'\\''";
    else if (c == ':')
      out += "\\:";
    else
      out += c;
  }
  return out + "'";
}

}  // namespace

void write_bash_completion(std::ostream& out, const CLI::App& app, const OptionChoices& choices) {
  std::vector<Command> commands = all_commands(app);
  std::string name = app.get_name();
  out << "# bash completion for " << name << ", written by `" << name
      << " --generate complete-bash`.\n"
      << "_" << name << "() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      << "  local -a words=(\"${COMP_WORDS[@]}\")\n"
      // bash splits --format=csv into three words: complete the value after the '='.
      << "  if [[ $cur == = ]]; then cur=''\n"
      << "  elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}\n"
      << "  fi\n";
  write_command_walk(out, commands, "1", "COMP_CWORD");
  write_value_cases(
      out, commands, choices,
      [](const std::string& words) {
        return "mapfile -t COMPREPLY < <(compgen -W '" + words + "' -- \"$cur\")";
      },
      "compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")");
  out << "  local options='' commands='' files=0\n  case \"$command\" in\n";
  for (const Command& command : commands)
    out << "    '" << command.path << "') options='" << joined(option_names(*command.app))
        << "' commands='" << joined(subcommand_names(*command.app))
        << "' files=" << takes_files(*command.app) << " ;;\n";
  out << "  esac\n"
      << "  if [[ $cur == -* ]]; then\n"
      << "    mapfile -t COMPREPLY < <(compgen -W \"$options\" -- \"$cur\")\n"
      << "  else\n"
      << "    mapfile -t COMPREPLY < <(compgen -W \"$commands\" -- \"$cur\")\n"
      << "    if ((files)); then\n"
      << "      compopt -o filenames 2>/dev/null\n"
      << "      mapfile -t -O \"${#COMPREPLY[@]}\" COMPREPLY < <(compgen -f -- \"$cur\")\n"
      << "    fi\n"
      << "  fi\n"
      << "}\n"
      << "complete -F _" << name << " " << name << '\n';
}

void write_zsh_completion(std::ostream& out, const CLI::App& app, const OptionChoices& choices) {
  std::vector<Command> commands = all_commands(app);
  std::string name = app.get_name();
  out << "#compdef " << name << "\n# zsh completion for " << name << ", written by `" << name
      << " --generate complete-zsh`.\n"
      << "_" << name << "() {\n"
      << "  local cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n"
      << "  if [[ $cur == --*=* ]]; then prev=${cur%%=*}; cur=${cur#*=}; compset -P '*='; fi\n";
  write_command_walk(out, commands, "2", "CURRENT");
  write_value_cases(
      out, commands, choices, [](const std::string& words) { return "compadd -- " + words; },
      "_files");
  out << "  local -a options commands\n  local files=0\n  case \"$command\" in\n";
  for (const Command& command : commands) {
    out << "    '" << command.path << "')\n      options=(";
    for (const CLI::Option* option : named_options(*command.app))
      for (const auto& option_name : option_names_of(*option))
        out << ' ' << zsh_item(option_name, option->get_description());
    out << " )\n      commands=(";
    for (const CLI::App* sub : command.app->get_subcommands([](const CLI::App*) { return true; }))
      out << ' ' << zsh_item(sub->get_name(), sub->get_description());
    out << " )\n      files=" << takes_files(*command.app) << " ;;\n";
  }
  out << "  esac\n"
      << "  if [[ $cur == -* ]]; then\n"
      << "    _describe -t options option options\n"
      << "  else\n"
      << "    ((${#commands})) && _describe -t commands command commands\n"
      << "    ((files)) && _files\n"
      << "  fi\n"
      << "}\n"
      << "_" << name << " \"$@\"\n";
}

}  // namespace claims::cli
