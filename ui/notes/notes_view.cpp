#include "notes_view.h"

#include "items/block_list_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kBlockIdRole = Qt::UserRole + 1;
}

NotesView::NotesView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_emptyState(new QLabel(tr("Risks and open questions appear here after generating drafts."), this))
{
    m_tree->setObjectName(QStringLiteral("notesTree"));
    m_tree->setAccessibleName(tr("Risks and open questions"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Kind"), tr("Text")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_emptyState->setObjectName(QStringLiteral("notesEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString blockId = item->data(0, kBlockIdRole).toString();
        if (!blockId.isEmpty())
            emit blockRequested(blockId);
    });
    setNotes({});
}

void NotesView::setNotes(const QList<Note> &notes)
{
    m_tree->clear();
    for (const Note &note : notes) {
        const BlockType type = note.kind == NoteKind::Risk ? BlockType::Risk : BlockType::OpenQuestion;
        auto *item = new QTreeWidgetItem(m_tree, {BlockListModel::displayName(type), note.text});
        item->setIcon(0, BlockListModel::icon(type));
        item->setData(0, kBlockIdRole, note.blockId);
        item->setToolTip(1, note.text);
    }
    m_emptyState->setVisible(notes.isEmpty());
    m_tree->setVisible(!notes.isEmpty());
}

int NotesView::count() const
{
    return m_tree->topLevelItemCount();
}

} // namespace docket
