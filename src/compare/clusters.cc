#include "compare/clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <tuple>

namespace claims {
namespace {

// One claim as the clustering reads it.
struct Figure {
  std::size_t row = 0;
  double value = 0;
  std::optional<double> value_max;
  std::string_view modifier;  // "", "approx", "over", "at_least", "under", "at_most", "range"
};

// How much looser than the tolerance an approximate figure or a bound is read: "about
// $3bn" and "more than $3bn" both agree with "$3.2bn" (within 10% at the default 2%).
constexpr double kLooseness = 5;

std::optional<double> number_in(const std::string& cell) {
  if (cell.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

bool agree(double a, double b, double tolerance) {
  if ((a < 0) != (b < 0)) return false;  // a rise and a fall never agree
  return std::fabs(a - b) <= tolerance * std::max(std::fabs(a), std::fabs(b));
}

// Whether the figure `bound` (its value and modifier) admits the value `other`: a plain
// one within the tolerance, an approximate one within kLooseness times it, a lower bound
// ("more than") the values from it to kLooseness times the tolerance above it, an upper
// bound the same below it.
bool admits(const Figure& bound, double other, double tolerance) {
  if ((bound.value < 0) != (other < 0)) return false;
  double a = std::fabs(bound.value), b = std::fabs(other), loose = kLooseness * tolerance;
  if (bound.modifier == "approx") return std::fabs(a - b) <= loose * std::max(a, b);
  if (bound.modifier == "over" || bound.modifier == "at_least")
    return b >= a * (1 - tolerance) && b <= a * (1 + loose);
  if (bound.modifier == "under" || bound.modifier == "at_most")
    return b <= a * (1 + tolerance) && b >= a * (1 - loose);
  return agree(bound.value, other, tolerance);
}

// Two figures agree when either admits the other's value, and their upper ends agree.
bool agree(const Figure& a, const Figure& b, double tolerance) {
  if (!admits(a, b.value, tolerance) && !admits(b, a.value, tolerance)) return false;
  if (!a.value_max || !b.value_max) return !a.value_max && !b.value_max;
  return agree(*a.value_max, *b.value_max, tolerance);
}

// The key of the two that says more: a non-generic one, then the one with more ancestors.
const std::string& more_specific(const std::string& a, const std::string& b,
                                 const KeyFamilies& families) {
  if (families.generic(a) != families.generic(b)) return families.generic(a) ? b : a;
  return families.ancestors(b).size() > families.ancestors(a).size() ? b : a;
}

// A cluster while it is built: its first figure anchors the values it takes.
struct Open {
  Figure anchor;
  Cluster cluster;
  std::vector<Figure> figures;  // all it holds
};

bool takes(const Open& open, const Figure& figure, const std::vector<Row>& rows,
           const KeyFamilies& families, const CompareOptions& options) {
  const Row& row = rows[figure.row];
  const Cluster& cluster = open.cluster;
  if (!agree(open.anchor, figure, options.tolerance)) return false;
  // Two values of one source that do not agree are two figures, whatever a bound admits.
  for (const Figure& held : open.figures)
    if (rows[held.row].source == row.source && !agree(held.value, figure.value, options.tolerance))
      return false;
  return families.compatible(cluster.key, row.claim);
}

void add_member(Cluster& cluster, const Row& row, std::size_t index, const KeyFamilies& families) {
  cluster.members.push_back(index);
  cluster.key = more_specific(cluster.key, row.claim, families);
  if (cluster.as_of.empty()) cluster.as_of = row.as_of;
}

// The claims of one unit and sign, by size: each joins the nearest open cluster that takes
// it, or opens one. A cluster whose anchor is too small for this figure is too small for
// every later one, and closes.
void cluster_group(const std::vector<Figure>& figures, const std::vector<Row>& rows,
                   const KeyFamilies& families, const CompareOptions& options,
                   std::vector<Cluster>& done) {
  std::vector<Open> open;
  for (const Figure& figure : figures) {
    const Row& row = rows[figure.row];
    double size = std::fabs(figure.value);
    std::erase_if(open, [&](Open& o) {
      bool closed = size - std::fabs(o.anchor.value) > kLooseness * options.tolerance * size;
      if (closed) done.push_back(std::move(o.cluster));
      return closed;
    });
    Open* nearest = nullptr;
    for (Open& o : open)
      if (takes(o, figure, rows, families, options) &&
          (!nearest || std::fabs(o.anchor.value - figure.value) <
                           std::fabs(nearest->anchor.value - figure.value)))
        nearest = &o;
    if (nearest == nullptr) {
      Cluster cluster;
      cluster.key = row.claim;
      open.push_back({figure, std::move(cluster), {}});
      nearest = &open.back();
    }
    add_member(nearest->cluster, row, figure.row, families);
    nearest->figures.push_back(figure);
  }
  for (Open& o : open) done.push_back(std::move(o.cluster));
}

// Whether every figure of `cluster` took its currency from the article, and one source
// states them all.
bool guessed_alone(const Cluster& cluster, const std::vector<Row>& rows) {
  const std::string& source = rows[cluster.members.front()].source;
  return std::all_of(cluster.members.begin(), cluster.members.end(), [&](std::size_t member) {
    return rows[member].unit_from_context && rows[member].source == source;
  });
}

// A cluster whose currency one source only guessed from the article ("a depreciation of 15
// billion" after euros) joins the cluster of the same value and a compatible key that other
// sources state in another currency ("près de 15 milliards de dollars").
void adopt_guessed_currencies(std::vector<Cluster>& clusters, const std::vector<Row>& rows,
                              const KeyFamilies& families, const CompareOptions& options) {
  auto value_of = [&](const Cluster& c) {
    return number_in(rows[c.members.front()].value).value_or(0);
  };
  std::map<std::string, std::multimap<double, std::size_t>> by_unit;  // |value| -> cluster
  for (std::size_t i = 0; i < clusters.size(); ++i)
    if (!guessed_alone(clusters[i], rows))
      by_unit[rows[clusters[i].members.front()].unit].emplace(std::fabs(value_of(clusters[i])), i);
  for (Cluster& guess : clusters) {
    if (!guessed_alone(guess, rows)) continue;
    const Row& first = rows[guess.members.front()];
    double value = value_of(guess), size = std::fabs(value);
    Cluster* home = nullptr;
    for (auto& [unit, index] : by_unit) {
      if (unit == first.unit) continue;
      auto end = index.upper_bound(size * (1 + options.tolerance));
      for (auto at = index.lower_bound(size * (1 - options.tolerance)); at != end && !home; ++at) {
        Cluster& other = clusters[at->second];
        bool elsewhere = std::any_of(other.members.begin(), other.members.end(),
                                     [&](std::size_t m) { return rows[m].source != first.source; });
        if (elsewhere && agree(value, value_of(other), options.tolerance) &&
            families.compatible(guess.key, other.key))
          home = &other;
      }
      if (home) break;
    }
    if (!home) continue;
    for (std::size_t member : guess.members) add_member(*home, rows[member], member, families);
    guess.members.clear();
  }
  std::erase_if(clusters, [](const Cluster& c) { return c.members.empty(); });
}

// Value, unit, modifier and sources, from the members in input order; the unit from the
// first that states its currency.
void settle(Cluster& cluster, const std::vector<Row>& rows) {
  std::sort(cluster.members.begin(), cluster.members.end());
  const Row& first = rows[cluster.members.front()];
  cluster.value = number_in(first.value).value_or(0);
  cluster.value_max = number_in(first.value_max);
  cluster.unit = first.unit;
  for (std::size_t member : cluster.members)
    if (!rows[member].unit_from_context) {
      cluster.unit = rows[member].unit;
      break;
    }
  cluster.modifier = first.modifier;
  for (std::size_t member : cluster.members)
    if (std::find(cluster.sources.begin(), cluster.sources.end(), rows[member].source) ==
        cluster.sources.end())
      cluster.sources.push_back(rows[member].source);
  cluster.status = cluster.sources.size() >= 2 ? ClusterStatus::kAgreed : ClusterStatus::kSingle;
}

using UnitKey = std::pair<std::string, std::string>;

// The clusters of a compatible specific key, by unit and key: under `by_family`, each
// cluster is listed under its key and every ancestor of it; under `by_key`, under its key.
struct KeyIndex {
  std::map<UnitKey, std::vector<std::size_t>> by_family, by_key;
};

KeyIndex index_keys(const std::vector<Cluster>& clusters, const KeyFamilies& families) {
  KeyIndex index;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& cluster = clusters[i];
    if (families.generic(cluster.key)) continue;
    index.by_key[{cluster.unit, cluster.key}].push_back(i);
    index.by_family[{cluster.unit, cluster.key}].push_back(i);
    for (const std::string& ancestor : families.ancestors(cluster.key))
      index.by_family[{cluster.unit, ancestor}].push_back(i);
  }
  return index;
}

// What another cluster says of `single`'s figure: nothing, `dated` (another as_of) or
// `conflict` (the same as_of); another source's only.
ClusterStatus against(const Cluster& single, const Cluster& other) {
  if (&other == &single ||
      (other.sources.size() == 1 && other.sources.front() == single.sources.front()))
    return ClusterStatus::kSingle;
  return other.as_of == single.as_of ? ClusterStatus::kConflict : ClusterStatus::kDated;
}

// A single-source cluster of a specific key that another source's cluster of a compatible
// specific key also states: `dated` when their as_of differ, else `conflict`.
void mark_disagreements(std::vector<Cluster>& clusters, const KeyFamilies& families) {
  KeyIndex index = index_keys(clusters, families);
  for (Cluster& single : clusters) {
    if (single.status != ClusterStatus::kSingle || families.generic(single.key)) continue;
    std::vector<const std::vector<std::size_t>*> lists;
    auto add = [&](const std::map<UnitKey, std::vector<std::size_t>>& map, const std::string& key) {
      if (auto found = map.find({single.unit, key}); found != map.end())
        lists.push_back(&found->second);
    };
    add(index.by_family, single.key);
    for (const std::string& ancestor : families.ancestors(single.key)) add(index.by_key, ancestor);
    ClusterStatus status = ClusterStatus::kSingle;
    for (const auto* list : lists)
      for (std::size_t other : *list)
        if (ClusterStatus says = against(single, clusters[other]); says != ClusterStatus::kSingle)
          status = says == ClusterStatus::kConflict
                       ? says
                       : (status == ClusterStatus::kConflict ? status : says);
    single.status = status;
  }
}

}  // namespace

const char* to_string(ClusterStatus status) {
  switch (status) {
    case ClusterStatus::kAgreed:
      return "agreed";
    case ClusterStatus::kSingle:
      return "single";
    case ClusterStatus::kConflict:
      return "conflict";
    case ClusterStatus::kDated:
      return "dated";
  }
  return "";
}

std::vector<Cluster> cluster_claims(const std::vector<Row>& rows, const KeyFamilies& families,
                                    const CompareOptions& options) {
  // Figures grouped by unit and sign, smallest first within a group.
  std::map<std::pair<std::string, bool>, std::vector<Figure>> groups;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::optional<double> value = number_in(rows[i].value);
    if (!value) continue;
    groups[{rows[i].unit, *value < 0}].push_back(
        {i, *value, number_in(rows[i].value_max), rows[i].modifier});
  }
  std::vector<Cluster> clusters;
  for (auto& [group, figures] : groups) {
    std::stable_sort(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
      return std::fabs(a.value) < std::fabs(b.value);
    });
    cluster_group(figures, rows, families, options, clusters);
  }
  adopt_guessed_currencies(clusters, rows, families, options);
  for (Cluster& cluster : clusters) settle(cluster, rows);
  std::sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
    return a.members.front() < b.members.front();
  });
  for (std::size_t i = 0; i < clusters.size(); ++i) clusters[i].id = i + 1;
  mark_disagreements(clusters, families);
  return clusters;
}

}  // namespace claims
