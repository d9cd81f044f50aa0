#pragma once

#include "generators/ticket_generator.h"

#include <atomic>
#include <functional>

namespace docket::rules {

// The built-in generator's work: offline, deterministic, no I/O. The same blocks always give
// the same drafts. Returns an Error only when cancelled.
//
// What becomes what:
// - epics: feature sections (headings that are not "Requirements", "Risks", ... themselves);
//   a single-feature document gets one epic named after the document when it yields 2+ tickets;
// - stories: user_story blocks; tasks: requirement and solution items; spikes: open questions
//   and items phrased "Investigate/Evaluate ..."; bugs: items in a Bugs/Defects section;
// - acceptance criteria: acceptance_criteria blocks, attached to the item they name (an id such
//   as FR-3, or a heading that names the item), else to the item right before them, else to the
//   feature's only story, else to the feature's epic. None is ever invented;
// - risks and open questions also go to the DraftSet's own lists;
// - background, glossary, goals, non-goals and out-of-scope sections give no tickets;
// - "Won't have" items give no tickets.
Result<DraftSet> generate(const GenerationRequest &request, const std::atomic_bool *cancelled = nullptr,
                          const std::function<void(int percent)> &progress = {});

} // namespace docket::rules
