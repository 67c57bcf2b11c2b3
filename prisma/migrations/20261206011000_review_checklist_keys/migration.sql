-- The review points of each kind of subject (issue 12; ADR 0023). New enum values are committed in
-- their own migration before the next one uses them.
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_MAKER';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_AUTHORITY';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_HIGHER_LAW';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_NO_ILLEGAL_MEASURES';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_RIGHTS_OBLIGATIONS';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_POWERS';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_PROCEDURE';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'ND_FAIR_COMPETITION';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'MD_AUTHORITY';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'MD_PROCEDURE';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'MD_CONTENT';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'CT_PARTIES';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'CT_AUTHORITY';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'CT_RIGHTS';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'CT_LIABILITY';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'CT_DISPUTE';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'CT_RISK';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'DC_LEGAL_BASIS';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'DC_ISSUER';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'DC_STATE_SECRET';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'DC_PRIVACY';
ALTER TYPE "ReviewCheckpointKey" ADD VALUE 'DC_CONSISTENCY';

CREATE TYPE "ReviewChecklist" AS ENUM ('ENFORCEMENT_DECISION', 'NORMATIVE_DOCUMENT', 'MAJOR_ADMIN_DECISION', 'ADMIN_CONTRACT', 'DISCLOSURE');
