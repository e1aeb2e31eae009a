import type { ThemeConfig } from 'antd';

/**
 * Bole's look: government blue for everything interactive (so a focused or hovered field never
 * looks like an error), the red brand mark and header rule as identity, CJK-friendly fonts.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5bbf',
    colorLink: '#1d5bbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f6f8' },
    Menu: { itemSelectedBg: '#e8f0fc', itemSelectedColor: '#1d5bbf' },
  },
};
