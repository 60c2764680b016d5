// The treasury page of 収納管理: one tab per task — OCR batch import, the unmatched queue, a
// person's 納付状況, 口座振替 files and 日計表 — switched with Ctrl+1 … Ctrl+5; fits 1024×768.
#pragma once

#include <QWidget>

class QTabWidget;

namespace kikan::client {

class ApiClient;
class DailyReportTab;
class DirectDebitTab;
class OcrBatchTab;
class PaymentStatusTab;
class ReceiptQueueTab;

class RevenuePage : public QWidget
{
    Q_OBJECT
public:
    explicit RevenuePage(ApiClient *api, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    OcrBatchTab *ocrBatch() const { return m_ocr; }
    ReceiptQueueTab *queue() const { return m_queue; }
    PaymentStatusTab *paymentStatus() const { return m_status; }
    DirectDebitTab *directDebit() const { return m_debit; }
    DailyReportTab *dailyReport() const { return m_daily; }

private:
    QTabWidget *m_tabs;
    OcrBatchTab *m_ocr;
    ReceiptQueueTab *m_queue;
    PaymentStatusTab *m_status;
    DirectDebitTab *m_debit;
    DailyReportTab *m_daily;
};

} // namespace kikan::client
