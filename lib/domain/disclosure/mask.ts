// The masking of personal names lives in the one personal-data module (lib/domain/privacy).
export { COMPOUND_SURNAMES, maskPersonName, publicPartyName, type PartyKind } from '@/lib/domain/privacy/mask';
