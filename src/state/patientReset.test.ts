import { describe, expect, it } from 'vitest';
import { PATIENT_STATE, forgetOnReset, forgetPatient, registeredItems } from './patientReset';

describe('patientReset', () => {
  it('runs every registered clearer once per reset, in the order of the list, until unregistered', () => {
    const ran: string[] = [];
    const offs = [
      forgetOnReset('search text', () => ran.push('search text')),
      forgetOnReset('tour', () => ran.push('tour')),
      forgetOnReset('selection', () => ran.push('selection: store')),
      forgetOnReset('selection', () => ran.push('selection: list side')),
    ];
    expect(registeredItems()).toEqual(['tour', 'selection', 'search text']);
    forgetPatient();
    expect(ran).toEqual(['tour', 'selection: store', 'selection: list side', 'search text']);
    offs.forEach((off) => off());
    expect(registeredItems()).toEqual([]);
    forgetPatient();
    expect(ran).toHaveLength(4);
  });

  it('names each item once', () => {
    expect(new Set(PATIENT_STATE).size).toBe(PATIENT_STATE.length);
  });
});
