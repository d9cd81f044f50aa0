#pragma once

#include "common/result.h"
#include "draft.h"

#include <QJsonObject>

namespace docket {

inline constexpr const char *kTicketsResultSchema = "tickets.result.v1";

// tickets.result.v1 as seed 001 shows it; Docket's own fields (block_id, estimated_effort,
// problems) ride in each ticket's metadata so other readers can ignore them.
QJsonObject draftSetToJson(const DraftSet &set);

// Reads a tickets.result.v1 document. Structure errors (not an object, wrong schema_version, a
// field of the wrong JSON type, an unknown ticket_type or priority word) are an Error naming the
// ticket and field; rule violations are left to validateDraftSet so callers can repair or reject
// per ticket.
Result<DraftSet> draftSetFromJson(const QJsonObject &object);
Result<Draft> draftFromJson(const QJsonObject &object);

} // namespace docket
