/** 仓库策略（policy 组，.go-doctor.yaml）检查项的简体中文文案。 */
import policyManagers from '../../checks/policy/policy-managers.js';
import policyMinFree from '../../checks/policy/policy-min-free.js';
import policyMinGo from '../../checks/policy/policy-min-go.js';
import policyRequire from '../../checks/policy/policy-require.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { origin } from './words.js';

export const policy: CheckTranslation[] = [
  translateCheck(
    policyManagers,
    {
      disallowed: {
        message: (d) =>
          `PATH 中的 go（${d.path}）是由 ${d.manager} 安装的，而 ${d.policy}:${d.line} 不允许这种方式（允许的是：${d.allowed}）。`,
        why: () => '团队统一用一种方式安装 Go，让每台机器都以同样的方式解析出同样的工具链。',
      },
    },
    { install: (d) => `用 ${d.manager} 安装 Go，并把它放到 PATH 最前面` },
  ),
  translateCheck(
    policyMinFree,
    {
      low: {
        message: (d) =>
          `${d.name}（${d.path}）只剩 ${d.free} 可用空间，少于 ${d.policy}:${d.line} 要求的 ${d.need}。`,
        why: () =>
          '请清理缓存（go clean -cache、go clean -modcache），或者把它移到更大的卷上（go-doctor relocate）。',
      },
    },
    { free: (d) => `清理 ${d.path} 所在卷上的空间` },
  ),
  translateCheck(
    policyMinGo,
    {
      old: {
        message: (d) => `PATH 中的 go 是 go${d.local}，比 go${d.min} 更旧（${d.from}）。`,
        why: () =>
          '仓库策略规定了构建它的机器上允许的最低 Go 版本；请安装更新的 Go（或者让你的版本管理器选一个）。',
      },
    },
    { install: (d) => `安装 go${d.min} 或更新的版本，并把它放到 PATH 最前面` },
  ),
  translateCheck(
    policyRequire,
    {
      violated: {
        message: (d) =>
          `${d.name} 为 "${d.value}"（${origin(d.origin)}），但 ${d.policy}:${d.line} 要求它 ${d.wanted}。`,
        why: (d) => `仓库策略（${d.policy}）要求构建它的每台机器都使用这个值。`,
      },
    },
    { set: (d) => `把 ${d.name} 设为 ${d.rule} 的值（go env -w ${d.name}=…）` },
  ),
];
