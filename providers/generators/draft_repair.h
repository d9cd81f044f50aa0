#pragma once

#include "domain/draft.h"

#include <QJsonObject>

namespace docket {

// Reads drafts that a model or a service produced and makes them keep the tickets.result.v1 rules
// where that is safe: strings trimmed, empty criteria dropped, more than 8 criteria cut to 8,
// story points outside 1-100 unset, references to drafts that are not there dropped, repeated ids
// renumbered, P0-P3 accepted as priorities. A draft that cannot be kept (no title, an unknown
// type, not an object) is left out. Every repair and rejection is listed in
// generation.warnings, and repairs also in the draft's problems.
DraftSet repairDrafts(const QJsonObject &result);

} // namespace docket
