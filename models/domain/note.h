#pragma once

#include <QDateTime>
#include <QString>

namespace docket {

// A risk or an open question a generator found in a spec; kept beside the tickets, not as one.
enum class NoteKind { Risk, OpenQuestion };

struct Note {
    QString id;
    QString documentId;
    NoteKind kind = NoteKind::Risk;
    QString text;
    QString blockId;
    QDateTime createdAt;

    bool operator==(const Note &) const = default;
};

} // namespace docket
