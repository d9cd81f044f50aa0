#pragma once

#include "domain/note.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace docket {

// Risks and open questions the generators found: beside the tickets, never as tickets.
class NotesView : public QWidget {
    Q_OBJECT
public:
    explicit NotesView(QWidget *parent = nullptr);

    void setNotes(const QList<Note> &notes);
    int count() const;

signals:
    void blockRequested(const QString &blockId);

private:
    QTreeWidget *m_tree;
    QLabel *m_emptyState;
};

} // namespace docket
