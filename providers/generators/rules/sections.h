#pragma once

#include <QString>
#include <QStringList>

namespace docket::rules {

// What a heading says its section is for, from its title's words.
enum class SectionKind {
    Feature,    // anything not named below: a candidate epic
    Background, // background, context, glossary, goals, non-goals, out of scope, ...: never tickets
    Stories,
    Requirements,
    Acceptance,
    Solution,
    Risks,
    Questions,
    Defects,
    Priority, // MoSCoW and priority headings ("Must have", "P1")
};

SectionKind sectionKind(const QString &headingTitle); // cached per thread
SectionKind classifySection(const QString &headingTitle);

// True when no section on the path (document title excluded) is background-like.
bool isInBackground(const QStringList &headingPath, const QString &documentTitle);
bool isInDefects(const QStringList &headingPath, const QString &documentTitle);

// The outermost feature heading on the path, or -1 when the block sits directly in the document
// or below a structural section ("User stories", "Acceptance criteria", ...).
int featureIndex(const QStringList &headingPath, const QString &documentTitle);

} // namespace docket::rules
