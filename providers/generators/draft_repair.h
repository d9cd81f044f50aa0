#pragma once

#include "domain/draft.h"

#include <QJsonObject>

namespace docket {

// Reads drafts that a model or a service produced and makes them keep the tickets.result.v1 rules
// where that is safe: strings trimmed, empty criteria dropped, more than 8 criteria cut to 8, story
// points outside 1-100 unset, an unknown priority unset (P0-P3 accepted), a single string where a
// list belongs read as a one-item list, references to drafts that are not there dropped, a cycle
// of parents broken, repeated or malformed ids renumbered. A draft that cannot be kept (not an
// object, no title, an unknown ticket_type) is left out; nothing is invented for it. Every repair
// and every rejection is listed in generation.warnings; repairs that change what a draft says are
// also in its problems. Accepts a full tickets.result.v1 object or a bare {"tickets": [...]}.
DraftSet repairDrafts(const QJsonObject &result);

// Keeps the first maxCount drafts (0: no limit); references to the ones left out are dropped with
// a problem note, and a warning says how many were left out.
void limitDrafts(DraftSet &set, int maxCount);

} // namespace docket
