-- Why a receipt was kept apart for staff instead of matched (status 'mismatch'): an OCR slip whose
-- barcode and recognised fields disagree, or whose barcode cannot be read (docs/revenue.md "OCR").
-- The image it came from is the receipt's reference.
ALTER TABLE revenue_receipts ADD COLUMN problem TEXT NOT NULL DEFAULT '';
