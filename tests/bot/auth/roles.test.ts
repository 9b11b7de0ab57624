import { rolesOf } from '../../../bot/src/auth/roles';

const A = '11111111-1111-4111-8111-111111111111';
const G = '22222222-2222-4222-8222-222222222222';
const none = { editor: [], changeTeam: [], announcer: [], admin: [] };

describe('roles from configuration', () => {
  it('makes everyone signed in a viewer, and nothing more by default', () => {
    expect([...rolesOf(A, [], none)]).toEqual(['viewer']);
  });

  it('grants roles by object id or by group, case-insensitively', () => {
    expect(rolesOf(A, [], { ...none, editor: [A.toUpperCase()] }).has('editor')).toBe(true);
    expect(rolesOf(A, [G], { ...none, changeTeam: [G] }).has('changeTeam')).toBe(true);
    expect(rolesOf(A, [G], { ...none, changeTeam: [G] }).has('editor')).toBe(false);
  });

  it('gives an admin every role', () => {
    expect([...rolesOf(A, [], { ...none, admin: [A] })].sort()).toEqual(['admin', 'announcer', 'changeTeam', 'editor', 'viewer']);
  });
});
