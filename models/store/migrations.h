#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace docket::store {

inline constexpr int kApplicationId = 0x444F434B; // "DOCK"

int latestSchemaVersion();

// Runs every migration above the file's user_version up to target, each numbered step in its own
// transaction together with the new user_version, so a crash leaves the file at a step boundary.
Status migrate(QSqlDatabase &database, int currentVersion, int targetVersion);

} // namespace docket::store
