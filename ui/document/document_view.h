#pragma once

#include "domain/block.h"
#include "domain/document.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace docket {

class BlockListModel;
class DocumentListModel;

// The left pane: which document, and its blocks by type in document order.
class DocumentView : public QWidget {
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setDocuments(QList<Document> documents);
    void setBlocks(QList<Block> blocks);
    QString currentDocumentId() const;
    int documentCount() const;
    void setCurrentDocument(const QString &documentId);

    BlockListModel *blockModel() const { return m_blockModel; }
    QTreeView *blockTree() const { return m_blockTree; }

signals:
    void currentDocumentChanged(const QString &documentId);
    void currentBlockChanged(const QString &blockId);

private:
    void updateSummary();

    DocumentListModel *m_documentModel;
    BlockListModel *m_blockModel;
    QComboBox *m_documentCombo;
    QLabel *m_summary;
    QTreeView *m_blockTree;
};

} // namespace docket
