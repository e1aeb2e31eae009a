/** One demand line of a survey answer, as an employer fills it in (the tests' usual rail-chain opening), but for `over`. */
export const surveyRecord = (over: object = {}) => ({
  subField: '牵引电机',
  title: '电机控制算法工程师',
  headcount: 2,
  minDegree: 'master',
  salaryMin: 15000,
  salaryMax: 25000,
  district: '天元区',
  engagementMode: 'full_time',
  ...over,
});
