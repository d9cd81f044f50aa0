#include "document_view.h"

#include "block_type_delegate.h"
#include "items/block_list_model.h"
#include "items/document_list_model.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTreeView>
#include <QVBoxLayout>

namespace docket {

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_documentModel(new DocumentListModel(this))
    , m_blockModel(new BlockListModel(this))
    , m_documentCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_blockTree(new QTreeView(this))
{
    m_documentCombo->setObjectName(QStringLiteral("documentCombo"));
    m_documentCombo->setModel(m_documentModel);
    m_documentCombo->setAccessibleName(tr("Document"));
    m_documentCombo->setToolTip(tr("The document whose blocks are shown"));

    m_summary->setObjectName(QStringLiteral("documentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_blockTree->setObjectName(QStringLiteral("blockTree"));
    m_blockTree->setModel(m_blockModel);
    m_blockTree->setRootIsDecorated(false);
    m_blockTree->setUniformRowHeights(true);
    m_blockTree->setAlternatingRowColors(true);
    m_blockTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_blockTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blockTree->setItemDelegateForColumn(BlockListModel::TypeColumn, new BlockTypeDelegate(m_blockTree));
    m_blockTree->setAccessibleName(tr("Blocks of the document"));
    m_blockTree->header()->setStretchLastSection(false);
    m_blockTree->header()->setSectionResizeMode(BlockListModel::TypeColumn, QHeaderView::ResizeToContents);
    m_blockTree->header()->setSectionResizeMode(BlockListModel::TextColumn, QHeaderView::Stretch);
    m_blockTree->header()->setSectionResizeMode(BlockListModel::LinesColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Document:"), this);
    label->setBuddy(m_documentCombo);
    layout->addWidget(label);
    layout->addWidget(m_documentCombo);
    layout->addWidget(m_summary);
    layout->addWidget(m_blockTree, 1);

    connect(m_documentCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        const Document *document = m_documentModel->documentAt(row);
        emit currentDocumentChanged(document ? document->id : QString());
    });
    connect(m_blockTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentBlockChanged(current.data(BlockListModel::BlockIdRole).toString());
            });
    updateSummary();
}

void DocumentView::setDocuments(QList<Document> documents)
{
    const QString current = currentDocumentId();
    const QSignalBlocker blocker(m_documentCombo);
    m_documentModel->setDocuments(std::move(documents));
    const int row = m_documentModel->rowOfDocument(current);
    m_documentCombo->setCurrentIndex(row >= 0 ? row : m_documentModel->rowCount() - 1);
}

void DocumentView::setBlocks(QList<Block> blocks)
{
    m_blockModel->setBlocks(std::move(blocks));
    updateSummary();
}

QString DocumentView::currentDocumentId() const
{
    return m_documentCombo->currentData(DocumentListModel::DocumentIdRole).toString();
}

int DocumentView::documentCount() const
{
    return m_documentModel->rowCount();
}

void DocumentView::setCurrentDocument(const QString &documentId)
{
    const int row = m_documentModel->rowOfDocument(documentId);
    if (row >= 0)
        m_documentCombo->setCurrentIndex(row);
}

void DocumentView::updateSummary()
{
    const QList<Block> &blocks = m_blockModel->blocks();
    if (blocks.isEmpty()) {
        m_summary->setText(m_documentModel->rowCount() == 0
                               ? tr("No document yet. Import a spec with File › Import Document… or drop a "
                                    "Markdown or text file here.")
                               : tr("This document has no blocks."));
        return;
    }
    QMap<int, int> counts;
    for (const Block &block : blocks) {
        if (isSemanticBlockType(block.type))
            ++counts[int(block.type)];
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(tr("%1: %2").arg(BlockListModel::displayName(BlockType(it.key()))).arg(it.value()));
    m_summary->setText(
        tr("%n block(s)", nullptr, int(blocks.size())) +
        (parts.isEmpty() ? QString() : QStringLiteral(" — ") + parts.join(QStringLiteral(", "))));
}

} // namespace docket
